package io.suitetok.catalog.store;

import io.suitetok.model.event.EventCodec;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Items held back from TikTok, with the reasons; cleared when the item next passes the rules. */
@Repository
public class ParkedItemStore {

    private final JdbcTemplate jdbc;
    private final EventCodec codec;

    public ParkedItemStore(JdbcTemplate jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    public void park(String shopId, String itemId, String sellerSku, List<String> reasons) {
        jdbc.update("insert into parked_item (shop_id, item_id, seller_sku, reasons) values (?, ?, ?, ?::jsonb) "
                + "on conflict (shop_id, item_id) do update set reasons = excluded.reasons, parked_at = now()",
                shopId, itemId, sellerSku, codec.writeText(reasons));
    }

    public void release(String shopId, String itemId) {
        jdbc.update("delete from parked_item where shop_id = ? and item_id = ?", shopId, itemId);
    }

    public List<ParkedItem> all() {
        return jdbc.query("select shop_id, item_id, seller_sku, reasons::text, parked_at from parked_item "
                + "order by parked_at, item_id", (rs, i) -> new ParkedItem(rs.getString(1), rs.getString(2),
                        rs.getString(3), Arrays.asList(codec.readValue(rs.getString(4), String[].class)),
                        rs.getTimestamp(5).toInstant()));
    }

    public record ParkedItem(String shopId, String itemId, String sellerSku, List<String> reasons, Instant parkedAt) {
    }
}
