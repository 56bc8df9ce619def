package io.suitetok.orders.store;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** This service's copy of the catalogue's SKU mapping: seller SKU to NetSuite item, per shop. */
@Repository
public class SkuItemStore {

    private final JdbcTemplate jdbc;

    public SkuItemStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> itemFor(String shopId, String sellerSku) {
        return jdbc.queryForList("select netsuite_item_id from sku_item where shop_id = ? and seller_sku = ?",
                String.class, shopId, sellerSku).stream().findFirst();
    }

    /** The seller SKUs a NetSuite item is sold as in a shop (usually one). */
    public java.util.List<String> sellerSkusOf(String shopId, String netsuiteItemId) {
        return jdbc.queryForList("select seller_sku from sku_item where shop_id = ? and netsuite_item_id = ?",
                String.class, shopId, netsuiteItemId);
    }

    public void save(String shopId, String sellerSku, String netsuiteItemId, String tiktokSkuId) {
        jdbc.update("insert into sku_item (shop_id, seller_sku, netsuite_item_id, tiktok_sku_id) values (?, ?, ?, ?) "
                + "on conflict (shop_id, seller_sku) do update set netsuite_item_id = excluded.netsuite_item_id, "
                + "tiktok_sku_id = excluded.tiktok_sku_id", shopId, sellerSku, netsuiteItemId, tiktokSkuId);
    }
}
