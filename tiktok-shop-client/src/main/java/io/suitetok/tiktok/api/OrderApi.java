package io.suitetok.tiktok.api;

import static io.suitetok.tiktok.http.TikTokEndpoints.ADD_EXTERNAL_ORDERS;
import static io.suitetok.tiktok.http.TikTokEndpoints.GET_EXTERNAL_ORDERS;
import static io.suitetok.tiktok.http.TikTokEndpoints.ORDER_DETAIL;
import static io.suitetok.tiktok.http.TikTokEndpoints.RETURN_RECORDS;
import static io.suitetok.tiktok.http.TikTokEndpoints.SEARCH_CANCELLATIONS;
import static io.suitetok.tiktok.http.TikTokEndpoints.SEARCH_ORDERS;
import static io.suitetok.tiktok.http.TikTokEndpoints.SEARCH_RETURNS;

import io.suitetok.tiktok.http.ApiCall;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.http.TikTokTransport;
import io.suitetok.tiktok.model.order.CancellationRecord;
import io.suitetok.tiktok.model.order.ExternalOrder;
import io.suitetok.tiktok.model.order.OrderPage;
import io.suitetok.tiktok.model.order.OrderSearchFilter;
import io.suitetok.tiktok.model.order.ReturnEvent;
import io.suitetok.tiktok.model.order.ReturnRecord;
import io.suitetok.tiktok.model.order.ReturnSearchFilter;
import io.suitetok.tiktok.model.order.TikTokOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Orders, their external references (the NetSuite Sales Order), cancellations and returns. */
public class OrderApi {

    /** Get Order Detail takes at most 50 ids per call. */
    public static final int DETAIL_BATCH = 50;
    public static final int MAX_PAGE_SIZE = 100;

    private final TikTokTransport transport;

    public OrderApi(TikTokTransport transport) {
        this.transport = transport;
    }

    public OrderPage search(ShopContext shop, OrderSearchFilter filter, int pageSize, String pageToken) {
        ApiCall call = ApiCall.to(SEARCH_ORDERS)
                .query("page_size", Math.min(pageSize, MAX_PAGE_SIZE))
                .query("page_token", pageToken)
                .query("sort_field", "update_time")
                .query("sort_order", "ASC")
                .body(filter);
        return transport.execute(shop, call, OrderPage.class);
    }

    /** Every order updated in the window, following page tokens to the end. */
    public List<TikTokOrder> searchAll(ShopContext shop, OrderSearchFilter filter) {
        List<TikTokOrder> orders = new ArrayList<>();
        String token = null;
        do {
            OrderPage page = search(shop, filter, MAX_PAGE_SIZE, token);
            if (page.orders() != null) {
                orders.addAll(page.orders());
            }
            token = page.hasMore() ? page.nextPageToken() : null;
        } while (token != null);
        return orders;
    }

    /** Order details for any number of ids, fetched in batches of {@value #DETAIL_BATCH}. */
    public List<TikTokOrder> details(ShopContext shop, List<String> orderIds) {
        List<TikTokOrder> orders = new ArrayList<>();
        for (int from = 0; from < orderIds.size(); from += DETAIL_BATCH) {
            List<String> batch = orderIds.subList(from, Math.min(from + DETAIL_BATCH, orderIds.size()));
            OrderList page = transport.execute(shop, ApiCall.to(ORDER_DETAIL).query("ids", batch), OrderList.class);
            if (page.orders() != null) {
                orders.addAll(page.orders());
            }
        }
        return orders;
    }

    /** Records the NetSuite Sales Order on the TikTok order, so sellers see it in Seller Center. */
    public void addExternalReference(ShopContext shop, String orderId, ExternalOrder externalOrder) {
        transport.execute(shop, ApiCall.to(ADD_EXTERNAL_ORDERS)
                .body(Map.of("orders", List.of(new OrderWithExternal(orderId, externalOrder)))));
    }

    public List<ExternalOrder> externalReferences(ShopContext shop, String orderId, String platform) {
        ExternalOrders found = transport.execute(shop,
                ApiCall.to(GET_EXTERNAL_ORDERS).path("order_id", orderId).query("platform", platform),
                ExternalOrders.class);
        return found.externalOrders() == null ? List.of() : found.externalOrders();
    }

    public List<CancellationRecord> cancellations(ShopContext shop, List<String> orderIds) {
        List<CancellationRecord> all = new ArrayList<>();
        String token = null;
        do {
            Cancellations page = transport.execute(shop, ApiCall.to(SEARCH_CANCELLATIONS).query("page_size",
                    MAX_PAGE_SIZE).query("page_token", token).body(Map.of("order_ids", orderIds)), Cancellations.class);
            if (page.cancellations() != null) {
                all.addAll(page.cancellations());
            }
            token = page.nextPageToken() == null || page.nextPageToken().isEmpty() ? null : page.nextPageToken();
        } while (token != null);
        return all;
    }

    public List<ReturnRecord> returns(ShopContext shop, List<String> orderIds) {
        return searchReturns(shop, ReturnSearchFilter.forOrders(orderIds));
    }

    /** Every return matching the filter, following page tokens to the end. */
    public List<ReturnRecord> searchReturns(ShopContext shop, ReturnSearchFilter filter) {
        return searchReturns(shop, filter, MAX_PAGE_SIZE);
    }

    /** As {@link #searchReturns(ShopContext, ReturnSearchFilter)} with smaller pages (at most 100). */
    public List<ReturnRecord> searchReturns(ShopContext shop, ReturnSearchFilter filter, int pageSize) {
        List<ReturnRecord> all = new ArrayList<>();
        String token = null;
        do {
            Returns page = transport.execute(shop, ApiCall.to(SEARCH_RETURNS)
                    .query("page_size", Math.min(pageSize, MAX_PAGE_SIZE))
                    .query("page_token", token).body(filter), Returns.class);
            if (page.returnOrders() != null) {
                all.addAll(page.returnOrders());
            }
            token = page.nextPageToken() == null || page.nextPageToken().isEmpty() ? null : page.nextPageToken();
        } while (token != null);
        return all;
    }

    /** A return's history, oldest first as TikTok lists it. */
    public List<ReturnEvent> returnRecords(ShopContext shop, String returnId) {
        ReturnEvents found = transport.execute(shop, ApiCall.to(RETURN_RECORDS).path("return_id", returnId),
                ReturnEvents.class);
        return found.records() == null ? List.of() : found.records();
    }

    record OrderList(List<TikTokOrder> orders) {
    }

    record OrderWithExternal(String id, ExternalOrder externalOrder) {
    }

    record ExternalOrders(List<ExternalOrder> externalOrders) {
    }

    record Cancellations(List<CancellationRecord> cancellations, String nextPageToken) {
    }

    record ReturnEvents(List<ReturnEvent> records) {
    }

    record Returns(List<ReturnRecord> returnOrders, String nextPageToken) {
    }
}
