package io.suitetok.sandbox.tiktok.promotions;

import io.suitetok.sandbox.tiktok.promotions.PromotionWire.CreateBody;
import io.suitetok.sandbox.tiktok.promotions.PromotionWire.ProductsBody;
import io.suitetok.sandbox.tiktok.promotions.PromotionWire.SearchBody;
import io.suitetok.sandbox.tiktok.protocol.EndpointRoutes;
import io.suitetok.sandbox.tiktok.protocol.Endpoints;
import io.suitetok.sandbox.tiktok.protocol.PageTokens;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Create Activity, Update Activity Product, Deactivate Activity and Search Activities, answering the
 * fields lywzx's generated docs list for each (times as unix seconds).
 */
@Component
public class PromotionRoutes implements EndpointRoutes {

    /** Search Activities: "maximum limit 100, default limit 50". */
    static final int DEFAULT_PAGE_SIZE = 50;

    private final Promotions promotions;

    public PromotionRoutes(Promotions promotions) {
        this.promotions = promotions;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(Endpoints.CREATE_ACTIVITY, call -> {
            SimActivity activity = promotions.create(call.shop(), call.body(CreateBody.class));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("activity_id", activity.id());
            data.put("create_time", activity.createTime().getEpochSecond());
            data.put("update_time", activity.updateTime().getEpochSecond());
            data.put("status", promotions.status(activity).name());
            return data;
        });
        routes.on(Endpoints.UPDATE_ACTIVITY_PRODUCTS, call -> {
            ProductsBody body = call.body(ProductsBody.class);
            SimActivity activity = promotions.updateProducts(call.shop(), call.pathParam("activity_id"),
                    body.products());
            Map<String, Object> data = brief(activity);
            data.put("total_count", body.products().size());
            return data;
        });
        routes.on(Endpoints.DEACTIVATE_ACTIVITY, call ->
                brief(promotions.deactivate(call.shop(), call.pathParam("activity_id"))));
        routes.on(Endpoints.SEARCH_ACTIVITIES, call -> {
            SearchBody body = call.filterBody(SearchBody.class);
            int pageSize = body.pageSize() == null ? DEFAULT_PAGE_SIZE : body.pageSize();
            if (pageSize < 1 || pageSize > 100) {
                throw TikTokError.invalidParameter("page_size must be between 1 and 100");
            }
            List<Map<String, Object>> rows = promotions.search(call.shop(), body.status(), body.activityTitle())
                    .stream().map(this::row).toList();
            return PageTokens.byOffset(rows, body.pageToken(), pageSize).data("activities");
        });
    }

    private Map<String, Object> brief(SimActivity activity) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("activity_id", activity.id());
        data.put("title", activity.title());
        data.put("status", promotions.status(activity).name());
        data.put("update_time", activity.updateTime().getEpochSecond());
        return data;
    }

    private Map<String, Object> row(SimActivity activity) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", activity.id());
        row.put("title", activity.title());
        row.put("activity_type", activity.kind().name());
        row.put("begin_time", activity.begin().getEpochSecond());
        row.put("end_time", activity.end().getEpochSecond());
        row.put("status", promotions.status(activity).name());
        row.put("create_time", activity.createTime().getEpochSecond());
        row.put("update_time", activity.updateTime().getEpochSecond());
        row.put("product_level", activity.productLevel());
        return row;
    }
}
