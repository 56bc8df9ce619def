package io.suitetok.sandbox.tiktok;

import io.suitetok.sandbox.tiktok.products.Categories;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.product.ProductRequest;
import io.suitetok.tiktok.model.product.ProductRequest.ImageRef;
import io.suitetok.tiktok.model.product.ProductRequest.SalesAttribute;
import io.suitetok.tiktok.model.product.ProductRequest.SkuRequest;
import io.suitetok.tiktok.model.product.UploadedImage;
import io.suitetok.tiktok.model.product.WarehouseQuantity;
import java.util.List;

/** Product requests as the catalogue service would build them. */
final class Listings {

    private Listings() {
    }

    static String mainImage(ConnectedClient connected) {
        UploadedImage image = connected.client.products().uploadImage(connected.us, "tee.png", "image/png",
                TestImages.png(600, 600), "MAIN_IMAGE");
        return image.uri();
    }

    /** A US T-shirt with two sizes, stock in the east warehouse. */
    static ProductRequest tee(String imageUri, String skuPrefix) {
        return new ProductRequest("Organic Cotton Tee " + skuPrefix, "<p>Soft <strong>organic</strong> cotton</p>",
                Categories.T_SHIRTS, "v2", null, List.of(new ImageRef(imageUri)), List.of(
                        sku(skuPrefix + "-S", "S", "18.00", 10), sku(skuPrefix + "-M", "M", "18.00", 20)),
                null, new ProductRequest.PackageWeight("0.3", "KILOGRAM"),
                new ProductRequest.PackageDimensions("30", "20", "3", "CENTIMETER"), "NS-ITEM-" + skuPrefix, null);
    }

    static SkuRequest sku(String sellerSku, String size, String price, int stock) {
        return new SkuRequest(null, sellerSku, List.of(new SalesAttribute(null, "Size", null, size)),
                new Price(price, "USD"), List.of(new WarehouseQuantity(ShopDirectory.US_EAST_WAREHOUSE, stock)));
    }

    static ProductRequest onlyTitle(String title) {
        return new ProductRequest(title, null, null, null, null, null, null, null, null, null, null, null);
    }
}
