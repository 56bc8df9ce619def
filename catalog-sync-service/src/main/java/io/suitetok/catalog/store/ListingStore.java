package io.suitetok.catalog.store;

import io.suitetok.model.catalog.ListingStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Listings per shop and item. */
@Repository
public class ListingStore {

    private static final RowMapper<Listing> ROW = (rs, i) -> new Listing(rs.getString("shop_id"),
            rs.getString("item_id"), rs.getString("seller_sku"), rs.getString("tiktok_product_id"),
            ListingStatus.valueOf(rs.getString("status")), rs.getString("payload_hash"));

    private final JdbcTemplate jdbc;

    public ListingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Listing> find(String shopId, String itemId) {
        return jdbc.query("select * from listing where shop_id = ? and item_id = ?", ROW, shopId, itemId).stream()
                .findFirst();
    }

    public Optional<Listing> findByProduct(String shopId, String productId) {
        return jdbc.query("select * from listing where shop_id = ? and tiktok_product_id = ?", ROW, shopId, productId)
                .stream().findFirst();
    }

    public List<Listing> withStatus(ListingStatus status) {
        return jdbc.query("select * from listing where status = ? order by shop_id, item_id", ROW, status.name());
    }

    public List<Listing> forItem(String itemId) {
        return jdbc.query("select * from listing where item_id = ? order by shop_id", ROW, itemId);
    }

    public void save(Listing listing) {
        jdbc.update("insert into listing (shop_id, item_id, seller_sku, tiktok_product_id, status, payload_hash) "
                + "values (?, ?, ?, ?, ?, ?) on conflict (shop_id, item_id) do update set seller_sku = excluded.seller_sku, "
                + "tiktok_product_id = excluded.tiktok_product_id, status = excluded.status, "
                + "payload_hash = excluded.payload_hash, updated_at = now()", listing.shopId(), listing.itemId(),
                listing.sellerSku(), listing.tiktokProductId(), listing.status().name(), listing.payloadHash());
    }
}
