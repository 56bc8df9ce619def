package io.suitetok.catalog.store;

import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.model.catalog.SkuMapping;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokProductId;
import io.suitetok.model.id.TikTokSkuId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** SKU mappings per shop; {@link #save} reports whether anything changed, which is when an event is due. */
@Repository
public class SkuMappingStore {

    private static final RowMapper<StoredMapping> ROW = (rs, i) -> new StoredMapping(rs.getString("item_id"),
            new SkuMapping(new ShopId(rs.getString("shop_id")), new SellerSku(rs.getString("seller_sku")),
                    new NetSuiteInternalId(rs.getString("variant_item_id")),
                    rs.getString("tiktok_product_id") == null ? null : new TikTokProductId(rs.getString("tiktok_product_id")),
                    rs.getString("tiktok_sku_id") == null ? null : new TikTokSkuId(rs.getString("tiktok_sku_id")),
                    ListingStatus.valueOf(rs.getString("status"))));

    private final JdbcTemplate jdbc;

    public SkuMappingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredMapping> find(String shopId, String sellerSku) {
        return jdbc.query("select * from sku_mapping where shop_id = ? and seller_sku = ?", ROW, shopId, sellerSku)
                .stream().findFirst();
    }

    public List<StoredMapping> forItem(String shopId, String itemId) {
        return jdbc.query("select * from sku_mapping where shop_id = ? and item_id = ? order by seller_sku", ROW,
                shopId, itemId);
    }

    /** @return true when the row is new or differs from what was stored */
    public boolean save(String itemId, SkuMapping mapping) {
        Optional<StoredMapping> before = find(mapping.shopId().value(), mapping.sellerSku().value());
        if (before.isPresent() && before.get().mapping().equals(mapping) && before.get().itemId().equals(itemId)) {
            return false;
        }
        jdbc.update("insert into sku_mapping (shop_id, seller_sku, item_id, variant_item_id, tiktok_product_id, "
                + "tiktok_sku_id, status) values (?, ?, ?, ?, ?, ?, ?) on conflict (shop_id, seller_sku) do update set "
                + "item_id = excluded.item_id, variant_item_id = excluded.variant_item_id, "
                + "tiktok_product_id = excluded.tiktok_product_id, tiktok_sku_id = excluded.tiktok_sku_id, "
                + "status = excluded.status, updated_at = now()", mapping.shopId().value(), mapping.sellerSku().value(),
                itemId, mapping.netsuiteItemId().value(),
                mapping.tiktokProductId() == null ? null : mapping.tiktokProductId().value(),
                mapping.tiktokSkuId() == null ? null : mapping.tiktokSkuId().value(), mapping.listingStatus().name());
        return true;
    }

    public record StoredMapping(String itemId, SkuMapping mapping) {
    }
}
