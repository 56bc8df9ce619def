package io.suitetok.pricing.it;

import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.model.catalog.SkuMapping;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventType;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokProductId;
import io.suitetok.model.id.TikTokSkuId;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.seed.PricingChange;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.products.Catalog.SkuSeed;
import io.suitetok.sandbox.tiktok.products.Categories;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A US shop (USD, prices before tax, range 0.01–7600) and a UK shop (GBP, VAT-inclusive at 20 %, converted
 * at NetSuite's rate of the day), both fed by NetSuite's Base Price level in US dollars.
 */
public final class PricingFixtures {

    static final String US_SHOP = ShopDirectory.US_SHOP_ID;
    static final String UK_SHOP = ShopDirectory.UK_SHOP_ID;
    static final String USD = "1";
    static final String GBP = "2";
    static final String BASE_PRICE = "1";
    /** NetSuite's rate of the day: one dollar buys this many pounds. */
    static final BigDecimal USD_TO_GBP = new BigDecimal("0.7865");

    private PricingFixtures() {
    }

    public static void register(DynamicPropertyRegistry registry, RunningSimulator tiktok, NetSuiteSimulator netsuite,
            String tokenTable) {
        tiktok.hubProperties(tokenTable).forEach((key, value) -> registry.add(key, () -> value));
        netsuite.hubProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("hub.tiktok.retry-base-delay", () -> "50ms");
        registry.add("hub.pricing.currencies[1]", () -> "USD");
        registry.add("hub.pricing.currencies[2]", () -> "GBP");
        shop(registry, 0, US_SHOP, "USD", "PRE_TAX", "0", "7600");
        shop(registry, 1, UK_SHOP, "GBP", "TAX_INCLUSIVE", "0.20", "5600");
        registry.add("hub.pricing.poll-enabled", () -> "false");
        registry.add("hub.pricing.push-enabled", () -> "false");
    }

    private static void shop(DynamicPropertyRegistry registry, int index, String shopId, String currency, String taxDisplay,
            String taxRate, String maxPrice) {
        String prefix = "hub.pricing.shops[" + index + "].";
        registry.add(prefix + "shop-id", () -> shopId);
        registry.add(prefix + "price-level", () -> BASE_PRICE);
        registry.add(prefix + "source-currency", () -> USD);
        registry.add(prefix + "currency", () -> currency);
        registry.add(prefix + "tax-display", () -> taxDisplay);
        registry.add(prefix + "default-tax-rate", () -> taxRate);
        registry.add(prefix + "max-price", () -> maxPrice);
    }

    static void seedReferenceData(NetSuiteSimulator netsuite) {
        netsuite.account().seed(new SeedRequest(List.of(new SeedRequest.Currency(USD, "USD"),
                new SeedRequest.Currency(GBP, "GBP")), List.of(), List.of(), List.of(new SeedRequest.PriceLevel(BASE_PRICE,
                "Base Price")), List.of(), List.of(), List.of()));
        netsuite.account().changePricing(PricingChange.rates(new PricingChange.CurrencyRate(GBP, USD, USD_TO_GBP,
                LocalDate.now().minusDays(7))));
    }

    /** A net-priced inventory item with Base Price {@code unitPrice} USD and these quantity breaks (quantity, price). */
    static void seedItem(NetSuiteSimulator netsuite, String internalId, String sellerSku, String unitPrice,
            String... breaks) {
        netsuite.account().seed(new SeedRequest(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new SeedRequest.Item(internalId, null, sellerSku, sellerSku, null, null, null, Map.of(), false,
                        List.of(), List.of(), List.of(), null)), List.of()));
        changeMatrix(netsuite, internalId, unitPrice, breaks);
    }

    /** A price change saved in NetSuite: the item's Base Price USD row, quantity breaks included. */
    static void changeMatrix(NetSuiteSimulator netsuite, String internalId, String unitPrice, String... breaks) {
        List<PricingChange.Cell> cells = new java.util.ArrayList<>(List.of(
                new PricingChange.Cell(BASE_PRICE, USD, BigDecimal.ZERO, new BigDecimal(unitPrice))));
        for (int i = 0; i < breaks.length; i += 2) {
            cells.add(new PricingChange.Cell(BASE_PRICE, USD, new BigDecimal(breaks[i]), new BigDecimal(breaks[i + 1])));
        }
        netsuite.account().changePricing(PricingChange.matrices(new PricingChange.PriceMatrix(internalId, false, cells)));
    }

    /** A live product with one SKU in the shop, at a price the hub has not set. */
    static ProductState listOnTikTok(RunningSimulator tiktok, String shopId, String sellerSku) {
        String warehouse = shopId.equals(US_SHOP) ? ShopDirectory.US_EAST_WAREHOUSE : ShopDirectory.UK_WAREHOUSE;
        return tiktok.control().seedProduct(shopId, "Product " + sellerSku, Categories.T_SHIRTS,
                List.of(new SkuSeed(sellerSku, "M", new BigDecimal("1.00"), Map.of(warehouse, 5), false)));
    }

    /** What catalog-sync publishes once the SKU is live on TikTok. */
    static void publishMapping(EventPublisher publisher, EventCodec codec, ProductState product, String sellerSku,
            String netsuiteItem) {
        SkuMapping mapping = new SkuMapping(new ShopId(product.shopId()), new SellerSku(sellerSku),
                new NetSuiteInternalId(netsuiteItem), new TikTokProductId(product.productId()),
                new TikTokSkuId(product.sku(sellerSku).skuId()), ListingStatus.LIVE);
        publisher.publishAndWait(HubTopic.CATALOG_SKU_MAPPINGS, codec.envelope(new EventType() {
            @Override
            public String name() {
                return "SkuMappingChanged";
            }

            @Override
            public int schemaVersion() {
                return 1;
            }
        }, "catalog-sync-service", sellerSku, sellerSku, mapping.shopId(), mapping), Duration.ofSeconds(10));
    }
}
