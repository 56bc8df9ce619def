package io.suitetok.inventory.store;

import io.suitetok.model.catalog.SkuMapping;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** This service's copy of the catalogue's SKU mapping, fed by catalog.sku-mappings.v1. */
@Repository
public class SkuMappingStore {

    private static final RowMapper<MappedSku> ROW = (rs, i) -> new MappedSku(rs.getString("shop_id"),
            rs.getString("seller_sku"), rs.getString("netsuite_item_id"), rs.getString("tiktok_product_id"),
            rs.getString("tiktok_sku_id"), rs.getString("listing_status"));

    private final JdbcTemplate jdbc;

    public SkuMappingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the mapping. When the SKU now points at another TikTok product or SKU, what the old listing
     * accepted says nothing about the new one (a relisted SKU starts at 0): its levels forget it, and the
     * basis its pushes were measured against, and are due, so the current number is sent even though it
     * did not change.
     *
     * @return the item the SKU was mapped to before, if it was
     */
    public Optional<String> save(SkuMapping mapping) {
        Optional<MappedSku> previous = find(mapping.shopId().value(), mapping.sellerSku().value());
        Optional<String> before = previous.map(MappedSku::itemId);
        jdbc.update("insert into sku_mapping (shop_id, seller_sku, netsuite_item_id, tiktok_product_id, tiktok_sku_id, "
                + "listing_status) values (?, ?, ?, ?, ?, ?) on conflict (shop_id, seller_sku) do update set "
                + "netsuite_item_id = excluded.netsuite_item_id, tiktok_product_id = excluded.tiktok_product_id, "
                + "tiktok_sku_id = excluded.tiktok_sku_id, listing_status = excluded.listing_status, updated_at = now()",
                mapping.shopId().value(), mapping.sellerSku().value(), mapping.netsuiteItemId().value(),
                mapping.tiktokProductId() == null ? null : mapping.tiktokProductId().value(),
                mapping.tiktokSkuId() == null ? null : mapping.tiktokSkuId().value(), mapping.listingStatus().name());
        String productId = mapping.tiktokProductId() == null ? null : mapping.tiktokProductId().value();
        String skuId = mapping.tiktokSkuId() == null ? null : mapping.tiktokSkuId().value();
        if (previous.isPresent() && !(java.util.Objects.equals(previous.get().tiktokProductId(), productId)
                && java.util.Objects.equals(previous.get().tiktokSkuId(), skuId))) {
            jdbc.update("update inventory_level set accepted_version = null, accepted_quantity = null, accepted_at = null, "
                    + "accepted_line_seq = null, accepted_committed = null, pushed_basis = null, push_due = true, "
                    + "due_since = coalesce(due_since, clock_timestamp()), next_attempt_at = null, attempts = 0, "
                    + "claimed_version = null, claimed_at = null where shop_id = ? and seller_sku = ?",
                    mapping.shopId().value(), mapping.sellerSku().value());
        }
        return before;
    }

    public Optional<MappedSku> find(String shopId, String sellerSku) {
        return jdbc.query("select * from sku_mapping where shop_id = ? and seller_sku = ?", ROW, shopId, sellerSku)
                .stream().findFirst();
    }

    public List<MappedSku> ofItems(Collection<String> itemIds) {
        return jdbc.query("select * from sku_mapping where netsuite_item_id = any(?) order by shop_id, seller_sku", ROW,
                (Object) itemIds.toArray(String[]::new));
    }

    /** The NetSuite items of these SKUs of one shop (SKUs not mapped yet have none). */
    public List<String> itemsOf(String shopId, Collection<String> sellerSkus) {
        return jdbc.queryForList("select distinct netsuite_item_id from sku_mapping where shop_id = ? "
                + "and seller_sku = any(?)", String.class, shopId, sellerSkus.toArray(String[]::new));
    }

    public List<String> mappedItems() {
        return jdbc.queryForList("select distinct netsuite_item_id from sku_mapping order by 1", String.class);
    }

    /** One SKU of one shop with its NetSuite item and TikTok ids. */
    public record MappedSku(String shopId, String sellerSku, String itemId, String tiktokProductId, String tiktokSkuId,
            String listingStatus) {

        /** Only SKUs of live products take stock updates, and only once TikTok's ids are known. */
        public boolean pushable() {
            return "LIVE".equals(listingStatus) && tiktokProductId != null && tiktokSkuId != null;
        }
    }
}
