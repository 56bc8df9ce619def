package io.suitetok.netsuite.wire;

import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;

/** RecordRef factories: by internal id, by external id, or typeless (a field's own type is implied). */
public final class RecordRefs {

    private RecordRefs() {
    }

    public static RecordRef internal(RecordType type, String internalId) {
        RecordRef ref = new RecordRef();
        ref.setType(type);
        ref.setInternalId(internalId);
        return ref;
    }

    public static RecordRef external(RecordType type, String externalId) {
        RecordRef ref = new RecordRef();
        ref.setType(type);
        ref.setExternalId(externalId);
        return ref;
    }

    /** A reference whose type the field already implies (an order's customer, a line's item). */
    public static RecordRef internal(String internalId) {
        RecordRef ref = new RecordRef();
        ref.setInternalId(internalId);
        return ref;
    }
}
