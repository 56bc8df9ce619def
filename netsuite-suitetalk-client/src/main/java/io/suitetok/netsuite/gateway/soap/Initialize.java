package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.InitializeRef;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeRefType;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;

/** initialize requests: a new record of one type made from a source transaction named by external id. */
final class Initialize {

    private Initialize() {
    }

    static InitializeRecord from(InitializeType type, InitializeRefType sourceType, String sourceExternalId) {
        InitializeRef reference = new InitializeRef();
        reference.setType(sourceType);
        reference.setExternalId(sourceExternalId);
        InitializeRecord request = new InitializeRecord();
        request.setType(type);
        request.setReference(reference);
        return request;
    }
}
