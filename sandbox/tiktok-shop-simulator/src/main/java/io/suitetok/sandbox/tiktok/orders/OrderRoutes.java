package io.suitetok.sandbox.tiktok.orders;

import static io.suitetok.sandbox.tiktok.protocol.Endpoints.ADD_EXTERNAL_ORDERS;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.GET_EXTERNAL_ORDERS;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.ORDER_DETAIL;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.RETURN_RECORDS;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.SEARCH_CANCELLATIONS;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.SEARCH_ORDERS;
import static io.suitetok.sandbox.tiktok.protocol.Endpoints.SEARCH_RETURNS;

import io.suitetok.sandbox.tiktok.StateLock;
import io.suitetok.sandbox.tiktok.protocol.EndpointRoutes;
import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.PageTokens;
import io.suitetok.sandbox.tiktok.protocol.PageTokens.Page;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.protocol.VerifiedCall;
import io.suitetok.sandbox.tiktok.shops.Shop;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/**
 * The order endpoints: search by time window with stable cursor paging, details in batches of at
 * most 50 ids, external order references, and the cancellation and return searches.
 */
@Component
public class OrderRoutes implements EndpointRoutes {

    static final int MAX_DETAIL_IDS = 50;

    private final OrderBook book;
    private final ExternalReferences references;
    private final StateLock lock;

    public OrderRoutes(OrderBook book, ExternalReferences references, StateLock lock) {
        this.book = book;
        this.references = references;
        this.lock = lock;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(SEARCH_ORDERS, this::search);
        routes.on(ORDER_DETAIL, this::details);
        routes.on(ADD_EXTERNAL_ORDERS, this::addExternal);
        routes.on(GET_EXTERNAL_ORDERS, call -> {
            SimOrder order = orderOf(call.shop(), call.pathParam("order_id"));
            String platform = call.query("platform").orElse(null);
            return Map.of("external_orders", references.of(order.id).stream()
                    .filter(ref -> platform == null || platform.equals(ref.platform())).toList());
        });
        routes.on(SEARCH_CANCELLATIONS, call -> {
            Lookup lookup = call.body(Lookup.class);
            int pageSize = call.pageSize(true, 20);
            return lock.apply(() -> {
                List<Map<String, Object>> found = book.cancellations().stream()
                        .filter(c -> c.shopId().equals(call.shop().id()))
                        .filter(c -> lookup.orderIds() == null || lookup.orderIds().contains(c.orderId()))
                        .filter(c -> lookup.cancelIds() == null || lookup.cancelIds().contains(c.cancelId()))
                        .map(c -> OrderViews.cancellation(c, book.require(c.orderId()))).toList();
                Page<Map<String, Object>> page = PageTokens.byOffset(found, call.query("page_token").orElse(null),
                        pageSize);
                return page.data("cancellations");
            });
        });
        routes.on(RETURN_RECORDS, this::returnRecords);
        routes.on(SEARCH_RETURNS, call -> {
            ReturnSearchBody filter = call.filterBody(ReturnSearchBody.class);
            int pageSize = call.pageSize(true, 20);
            return lock.apply(() -> {
                List<Map<String, Object>> found = book.returns().stream()
                        .filter(r -> r.shopId.equals(call.shop().id()))
                        .filter(filter::matches)
                        .map(r -> OrderViews.returnOrder(r, book.require(r.orderId))).toList();
                Page<Map<String, Object>> page = PageTokens.byOffset(found, call.query("page_token").orElse(null),
                        pageSize);
                return page.data("return_orders");
            });
        });
    }

    /** Get Return Records: the return's history; a return of another shop is as unknown as a missing one. */
    private Object returnRecords(VerifiedCall call) {
        String returnId = call.pathParam("return_id");
        return lock.apply(() -> {
            ReturnOrder ret = book.findReturn(returnId).filter(r -> r.shopId.equals(call.shop().id()))
                    .orElseThrow(() -> TikTokError.invalidParameter("return " + returnId + " does not exist"));
            return Map.of("records", ret.history.stream().map(step -> {
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("event", step.event());
                view.put("role", step.role());
                view.put("description", step.description());
                view.put("reason_text", ret.reason);
                view.put("note", "");
                view.put("create_time", step.createTime());
                return view;
            }).toList());
        });
    }

    /**
     * Get Order List. Pages continue from a cursor (the sort value and order id of the last order
     * returned), so orders changing between two pages are neither skipped nor repeated within the
     * window, which is what a polling safety net relies on.
     */
    private Object search(VerifiedCall call) {
        int pageSize = call.pageSize(true, 20);
        String field = call.query("sort_field").orElse("create_time");
        if (!field.equals("create_time") && !field.equals("update_time")) {
            throw TikTokError.invalidParameter("sort_field must be create_time or update_time");
        }
        String order = call.query("sort_order").orElse("DESC");
        if (!order.equals("ASC") && !order.equals("DESC")) {
            throw TikTokError.invalidParameter("sort_order must be ASC or DESC");
        }
        SearchBody filter = call.filterBody(SearchBody.class);
        ToLongFunction<SimOrder> key = field.equals("create_time") ? o -> o.createTime : o -> o.updateTime;
        Comparator<SimOrder> sort = Comparator.comparingLong(key).thenComparing(o -> o.id);
        if (order.equals("DESC")) {
            sort = sort.reversed();
        }
        Cursor after = call.query("page_token").map(token -> Cursor.parse(token, field, order)).orElse(null);
        Comparator<SimOrder> finalSort = sort;
        return lock.apply(() -> {
            List<SimOrder> matching = book.all().stream().filter(o -> o.shopId.equals(call.shop().id()))
                    .filter(filter::matches).sorted(finalSort).toList();
            List<SimOrder> remaining = after == null ? matching
                    : matching.stream().filter(o -> after.isBefore(key.applyAsLong(o), o.id)).toList();
            List<SimOrder> page = remaining.subList(0, Math.min(pageSize, remaining.size()));
            String next = remaining.size() > pageSize
                    ? new Cursor(field, order, key.applyAsLong(page.get(page.size() - 1)),
                            page.get(page.size() - 1).id).token()
                    : "";
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("orders", page.stream().map(OrderViews::order).toList());
            data.put("next_page_token", next);
            data.put("total_count", matching.size());
            return data;
        });
    }

    private Object details(VerifiedCall call) {
        String raw = call.query("ids").orElseThrow(() -> TikTokError.invalidParameter("ids is required"));
        Set<String> ids = new LinkedHashSet<>(Arrays.stream(raw.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList());
        if (ids.isEmpty()) {
            throw TikTokError.invalidParameter("ids is required");
        }
        if (ids.size() > MAX_DETAIL_IDS) {
            throw TikTokError.invalidParameter("ids takes at most " + MAX_DETAIL_IDS + " order ids, got " + ids.size());
        }
        return lock.apply(() -> Map.of("orders", ids.stream().map(id -> book.find(id).orElse(null))
                .filter(o -> o != null && o.shopId.equals(call.shop().id())).map(OrderViews::order).toList()));
    }

    private Object addExternal(VerifiedCall call) {
        ExternalOrders body = call.body(ExternalOrders.class);
        if (body.orders() == null || body.orders().isEmpty()) {
            throw TikTokError.invalidParameter("param body.orders is missing");
        }
        return lock.apply(() -> {
            for (OrderReference ref : body.orders()) {
                SimOrder order = orderOf(call.shop(), ref.id());
                ExternalOrder external = ref.externalOrder();
                if (external == null || blank(external.id()) || blank(external.platform())) {
                    throw TikTokError.invalidParameter("external_order.id and external_order.platform are required");
                }
                if (external.lineItems() != null) {
                    for (ExternalOrder.ExternalLineItem line : external.lineItems()) {
                        if (order.lines.stream().noneMatch(l -> l.id.equals(line.id()))) {
                            throw TikTokError.business(ErrorCodes.EXTERNAL_ORDER_INVALID, "line item " + line.id()
                                    + " is not a line of order " + order.id);
                        }
                    }
                }
            }
            body.orders().forEach(ref -> references.put(ref.id(), ref.externalOrder()));
            return Map.of("errors", List.of());
        });
    }

    private SimOrder orderOf(Shop shop, String orderId) {
        return book.find(orderId).filter(o -> o.shopId.equals(shop.id())).orElseThrow(() ->
                TikTokError.business(ErrorCodes.ORDER_NOT_FOUND, "order " + orderId + " does not exist"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Get Order List filters: lower bounds inclusive, upper bounds exclusive, Unix seconds. */
    record SearchBody(String orderStatus, Long createTimeGe, Long createTimeLt, Long updateTimeGe, Long updateTimeLt,
            String shippingType, String buyerUserId) {

        boolean matches(SimOrder o) {
            return (orderStatus == null || o.status.name().equals(orderStatus)
                    || (orderStatus.equals("CANCEL") && o.status.name().equals("CANCELLED")))
                    && (createTimeGe == null || o.createTime >= createTimeGe)
                    && (createTimeLt == null || o.createTime < createTimeLt)
                    && (updateTimeGe == null || o.updateTime >= updateTimeGe)
                    && (updateTimeLt == null || o.updateTime < updateTimeLt)
                    && (shippingType == null || shippingType.equals(o.shippingType))
                    && (buyerUserId == null || buyerUserId.equals(o.userId));
        }
    }

    record Cursor(String field, String order, long value, String orderId) {

        static Cursor parse(String token, String field, String order) {
            String[] parts = PageTokens.decode(token).split("\\|");
            if (parts.length != 4 || !parts[0].equals(field) || !parts[1].equals(order)) {
                throw TikTokError.invalidParameter("page_token does not belong to this sort_field and sort_order");
            }
            try {
                return new Cursor(parts[0], parts[1], Long.parseLong(parts[2]), parts[3]);
            } catch (NumberFormatException e) {
                throw TikTokError.invalidParameter("page_token is invalid");
            }
        }

        String token() {
            return PageTokens.encode(field + "|" + order + "|" + value + "|" + orderId);
        }

        /** Whether an order sorts after this cursor in the page order. */
        boolean isBefore(long otherValue, String otherId) {
            int compared = Long.compare(otherValue, value) != 0 ? Long.compare(otherValue, value)
                    : otherId.compareTo(orderId);
            return order.equals("ASC") ? compared > 0 : compared < 0;
        }
    }

    record Lookup(List<String> orderIds, List<String> cancelIds) {
    }

    record ExternalOrders(List<OrderReference> orders) {
    }

    record OrderReference(String id, ExternalOrder externalOrder) {
    }
}
