package io.suitetok.orders.store;

import java.time.Instant;
import java.util.List;

/** Where one TikTok order stands in NetSuite. */
public record OrderState(String shopId, String orderId, Stage stage, List<String> reasons, String netsuiteId,
        String netsuiteTranId, Instant writtenUpdateTime, boolean writtenBack) {

    public enum Stage {
        /** UNPAID or ON_HOLD: no Sales Order yet, by configuration. */
        WAITING,
        /** Not written: its reasons say what a person must fix; replayable. */
        PARKED,
        /** The Sales Order exists and reflects the snapshot of {@code writtenUpdateTime}. */
        WRITTEN,
        /** Cancelled on TikTok before any Sales Order existed: nothing to do in NetSuite. */
        CANCELLED_BEFORE_SALES_ORDER
    }
}
