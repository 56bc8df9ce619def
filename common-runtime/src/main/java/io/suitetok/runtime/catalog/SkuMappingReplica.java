package io.suitetok.runtime.catalog;

import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.model.catalog.SkuMapping;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * This service's replica of the catalogue's SKU mapping (table {@code catalog_sku_mapping} in its own
 * schema), fed by {@link SkuMappingReplicaListener}. The catalogue owns the mapping; a replica is only
 * ever written from its events (or by tests seeding one).
 */
public class SkuMappingReplica {

    private static final RowMapper<MappedSku> ROW = (rs, i) -> new MappedSku(rs.getString("shop_id"),
            rs.getString("seller_sku"), rs.getString("netsuite_item_id"), rs.getString("tiktok_product_id"),
            rs.getString("tiktok_sku_id"),
            rs.getString("listing_status") == null ? null : ListingStatus.valueOf(rs.getString("listing_status")));

    private final JdbcTemplate jdbc;

    public SkuMappingReplica(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the mapping over whatever the SKU had.
     *
     * @return the SKU as it was stored before, if it was
     */
    public Optional<MappedSku> save(SkuMapping mapping) {
        MappedSku now = MappedSku.of(mapping);
        // Locked so that what is handed to observers as "before" is what this write replaces.
        Optional<MappedSku> before = jdbc.query("select * from catalog_sku_mapping where shop_id = ? and seller_sku = ? "
                + "for update", ROW, now.shopId(), now.sellerSku()).stream().findFirst();
        jdbc.update("insert into catalog_sku_mapping (shop_id, seller_sku, netsuite_item_id, tiktok_product_id, "
                + "tiktok_sku_id, listing_status) values (?, ?, ?, ?, ?, ?) on conflict (shop_id, seller_sku) do update set "
                + "netsuite_item_id = excluded.netsuite_item_id, tiktok_product_id = excluded.tiktok_product_id, "
                + "tiktok_sku_id = excluded.tiktok_sku_id, listing_status = excluded.listing_status, updated_at = now()",
                now.shopId(), now.sellerSku(), now.itemId(), now.tiktokProductId(), now.tiktokSkuId(),
                now.listingStatus().name());
        return before;
    }

    public Optional<MappedSku> find(String shopId, String sellerSku) {
        return jdbc.query("select * from catalog_sku_mapping where shop_id = ? and seller_sku = ?", ROW, shopId,
                sellerSku).stream().findFirst();
    }

    /** The NetSuite item a seller SKU of a shop is. */
    public Optional<String> itemOf(String shopId, String sellerSku) {
        return find(shopId, sellerSku).map(MappedSku::itemId);
    }

    /** The NetSuite items of these SKUs of one shop (SKUs not mapped yet have none). */
    public List<String> itemsOf(String shopId, Collection<String> sellerSkus) {
        return jdbc.queryForList("select distinct netsuite_item_id from catalog_sku_mapping where shop_id = ? "
                + "and seller_sku = any(?)", String.class, shopId, sellerSkus.toArray(String[]::new));
    }

    /** The seller SKUs a NetSuite item is sold as in a shop (usually one). */
    public List<String> sellerSkusOf(String shopId, String itemId) {
        return jdbc.queryForList("select seller_sku from catalog_sku_mapping where shop_id = ? and netsuite_item_id = ? "
                + "order by seller_sku", String.class, shopId, itemId);
    }

    /** Every SKU, in every shop, of these NetSuite items. */
    public List<MappedSku> ofItems(Collection<String> itemIds) {
        return jdbc.query("select * from catalog_sku_mapping where netsuite_item_id = any(?) order by shop_id, seller_sku",
                ROW, (Object) itemIds.toArray(String[]::new));
    }

    /** Every NetSuite item mapped to a SKU in any shop. */
    public List<String> mappedItems() {
        return jdbc.queryForList("select distinct netsuite_item_id from catalog_sku_mapping order by 1", String.class);
    }

    /**
     * The SKUs of one TikTok product that take updates ({@link MappedSku#pushable()}): a service that
     * sends a whole product in one call (prices) sends these.
     */
    public List<MappedSku> pushableSkusOfProduct(String shopId, String tiktokProductId) {
        return jdbc.query("select * from catalog_sku_mapping where shop_id = ? and tiktok_product_id = ? "
                + "and listing_status = 'LIVE' and tiktok_sku_id is not null order by seller_sku", ROW, shopId,
                tiktokProductId);
    }
}
