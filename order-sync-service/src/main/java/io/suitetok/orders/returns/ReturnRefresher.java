package io.suitetok.orders.returns;

import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.order.ReturnEvent;
import io.suitetok.tiktok.model.order.ReturnRecord;
import io.suitetok.tiktok.model.order.ReturnSearchFilter;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads returns from TikTok (a webhook is only a hint, as for orders) and keeps the newest snapshot of
 * each; a newer one is queued for the NetSuite writer and noted in the order's journey. A late or
 * repeated notification reads the same or an older snapshot and changes nothing.
 */
public class ReturnRefresher {

    private final TikTokShopClient tiktok;
    private final ReturnStore returns;
    private final OrderStateStore journeys;
    private final TransactionTemplate transaction;

    public ReturnRefresher(TikTokShopClient tiktok, ReturnStore returns, OrderStateStore journeys,
            TransactionTemplate transaction) {
        this.tiktok = tiktok;
        this.returns = returns;
        this.journeys = journeys;
        this.transaction = transaction;
    }

    /** Every return of the order, read fresh. @return how many brought a newer snapshot */
    public int refreshOrder(ShopContext shop, String orderId) {
        return refresh(shop, tiktok.orders().searchReturns(shop, ReturnSearchFilter.forOrders(List.of(orderId))));
    }

    /** @return how many of the records brought a newer snapshot */
    public int refresh(ShopContext shop, List<ReturnRecord> records) {
        int newer = 0;
        for (ReturnRecord record : records) {
            List<ReturnEvent> history = ReturnSnapshotMapper.needsHistory(record)
                    ? tiktok.orders().returnRecords(shop, record.returnId()) : List.of();
            OrderReturn snapshot = ReturnSnapshotMapper.toReturn(shop.shopId().value(), record, history);
            Boolean stored = transaction.execute(status -> {
                ReturnStore.Saved saved = returns.saveIfNewer(snapshot);
                if (saved.newer()) {
                    ReturnJourney.noteTikTokChange(journeys, saved.before(), snapshot);
                }
                return saved.newer();
            });
            newer += Boolean.TRUE.equals(stored) ? 1 : 0;
        }
        return newer;
    }
}
