package io.suitetok.catalog;

import io.suitetok.catalog.config.ShopListingSettings;
import io.suitetok.model.catalog.CatalogItem;
import io.suitetok.model.catalog.CatalogVariant;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Items shaped like a small apparel merchant's NetSuite catalogue. */
public final class CatalogFixtures {

    private CatalogFixtures() {
    }

    public static ShopListingSettings usShop() {
        return new ShopListingSettings("7495540735365777507", "en_US", "USD", "v2", 1, 100,
                Map.of("Apparel : Tops", "601226"), Map.of("Acme", "7082427311584347905"),
                Map.of("custitem_material", "100392"), "7068517275539719942");
    }

    public static ShopListingSettings ukShop() {
        return new ShopListingSettings("7494726673780148744", "en_GB", "GBP", "v2", 1, 100,
                Map.of("Apparel : Tops", "601226"), Map.of(), Map.of("custitem_material", "100392"),
                "7068517275539710001");
    }

    /** A tee in three sizes: a matrix parent with three children. */
    public static CatalogItem teeInThreeSizes() {
        List<CatalogVariant> sizes = List.of(size("S", "1101"), size("M", "1102"), size("L", "1103"));
        return new CatalogItem(new NetSuiteInternalId("1100"), new SellerSku("TEE-ORG"), "Organic Cotton Tee",
                "<p>Soft organic cotton, regular fit.</p>", true, Instant.parse("2026-11-25T10:00:00Z"),
                "Apparel : Tops", "Acme",
                new CatalogItem.PackageSpec(new BigDecimal("0.5"), "lb", new BigDecimal("10"), new BigDecimal("8"),
                        new BigDecimal("1"), "in"),
                List.of(new CatalogItem.ImageSource("https://1234567-sb1.app.netsuite.com/core/media/tee-front.png",
                        "tee-front.png")),
                Map.of("en_GB", new CatalogItem.LocalizedCopy("Organic Cotton T-Shirt", "<p>Soft organic cotton.</p>")),
                Map.of("custitem_material", "Cotton"), sizes);
    }

    private static CatalogVariant size(String size, String internalId) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("Size", size);
        options.put("Colour", "Natural");
        return new CatalogVariant(new NetSuiteInternalId(internalId), new SellerSku("TEE-ORG-" + size), options, true,
                List.of(Money.of("24.00", "USD")), null);
    }

    public static CatalogItem plainMug() {
        return new CatalogItem(new NetSuiteInternalId("2200"), new SellerSku("MUG-BLK"), "Stoneware Mug", "<p>12 oz.</p>",
                true, Instant.parse("2026-11-25T10:00:00Z"), "Apparel : Tops", null, null,
                List.of(new CatalogItem.ImageSource("https://example/mug.png", "mug.png")), Map.of(), Map.of(),
                List.of(new CatalogVariant(new NetSuiteInternalId("2200"), new SellerSku("MUG-BLK"), Map.of(), true,
                        List.of(Money.of("12.50", "USD")), "0123456789012")));
    }
}
