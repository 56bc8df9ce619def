package io.suitetok.netsuite.gateway;

/** How a Sales Order line commits stock (NetSuite's {@code commitInventory}). */
public enum CommitInventory {
    /** Commit what is available now, back-order the rest. */
    AVAILABLE_QTY,
    /** Commit only when the whole quantity is available. */
    COMPLETE_QTY,
    DO_NOT_COMMIT
}
