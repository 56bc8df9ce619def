package io.suitetok.netsuite.list;

/**
 * NetSuite's maximum records per synchronous request ("Understanding Record Limiting"). A request over
 * the limit fails as a whole, so the client cuts lists into chunks of at most these sizes.
 */
public final class RecordLimits {

    public static final int ADD_LIST = 200;
    public static final int UPDATE_LIST = 100;
    public static final int UPSERT_LIST = 100;
    public static final int GET_LIST = 1000;
    public static final int ITEM_AVAILABILITY_RESULTS = 10_000;

    private RecordLimits() {
    }
}
