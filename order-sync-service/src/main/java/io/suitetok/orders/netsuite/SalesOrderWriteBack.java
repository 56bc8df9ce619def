package io.suitetok.orders.netsuite;

import io.suitetok.orders.store.OrderState;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.model.order.ExternalOrder;
import io.suitetok.tiktok.spring.TikTokShops;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the NetSuite Sales Order number back to TikTok as an external order reference, so sellers
 * see it in Seller Center. Done after the Sales Order is committed; a failure is tried again later.
 */
public class SalesOrderWriteBack {

    private static final Logger log = LoggerFactory.getLogger(SalesOrderWriteBack.class);
    static final String PLATFORM = "NETSUITE";

    private final OrderStateStore states;
    private final TikTokShopClient tiktok;
    private final TikTokShops shops;

    public SalesOrderWriteBack(OrderStateStore states, TikTokShopClient tiktok, TikTokShops shops) {
        this.states = states;
        this.tiktok = tiktok;
        this.shops = shops;
    }

    public int writeBackPending(int limit) {
        int done = 0;
        for (OrderState state : states.writtenNotWrittenBack(limit)) {
            try {
                tiktok.orders().addExternalReference(shops.context(state.shopId()), state.orderId(),
                        new ExternalOrder(state.netsuiteTranId(), PLATFORM, List.of()));
                states.markWrittenBack(state.shopId(), state.orderId(), state.netsuiteTranId());
                states.journey(state.shopId(), state.orderId(), "WRITTEN_BACK_TO_TIKTOK", state.netsuiteTranId());
                done++;
            } catch (RuntimeException e) {
                log.warn("Sales Order {} not yet written back to TikTok order {}: {}", state.netsuiteTranId(),
                        state.orderId(), e.getMessage());
            }
        }
        return done;
    }
}
