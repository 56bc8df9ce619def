package io.suitetok.catalog.images;

import io.suitetok.catalog.store.ImageUploadStore;
import io.suitetok.tiktok.api.ProductApi;
import io.suitetok.tiktok.http.ShopContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Uploads an image to TikTok once per shop and content; later listings reuse its uri. */
public class ImageUploader {

    private final ProductApi products;
    private final ImageUploadStore uploads;

    public ImageUploader(ProductApi products, ImageUploadStore uploads) {
        this.products = products;
        this.uploads = uploads;
    }

    public String uriFor(ShopContext shop, ImageFacts facts, byte[] content) {
        String digest = sha256(content);
        return uploads.uriFor(shop.shopId().value(), digest).orElseGet(() -> {
            String mediaType = facts.format().equals("png") ? "image/png" : "image/jpeg";
            String uri = products.uploadImage(shop, facts.fileName(), mediaType, content, "MAIN_IMAGE").uri();
            uploads.remember(shop.shopId().value(), digest, uri);
            return uri;
        });
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
