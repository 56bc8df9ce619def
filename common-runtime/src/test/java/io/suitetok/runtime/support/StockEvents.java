package io.suitetok.runtime.support;

import io.suitetok.model.event.EventType;

public enum StockEvents implements EventType {
    StockMoved;

    @Override
    public int schemaVersion() {
        return 1;
    }
}
