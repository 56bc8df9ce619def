package io.suitetok.localstack;

import io.suitetok.catalog.CatalogSyncApplication;
import io.suitetok.inventory.InventorySyncApplication;
import io.suitetok.orders.OrderSyncApplication;
import io.suitetok.pricing.PricingSyncApplication;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.settlement.SettlementApplication;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration a deployment would give each service, pointed at the embedded infrastructure and
 * the simulators. Shop, subsidiary, location and carrier mappings follow {@link NetSuiteEstate}.
 * Schedules are short so that a day of trading fits in a couple of minutes.
 */
final class HubServiceSettings {

    static final String MOVEMENT_SECRET = "local-stack-movement-secret";

    private final Infrastructure infrastructure;
    private final Simulators simulators;
    private final boolean fixedPorts;
    private final String netsuiteApi;

    HubServiceSettings(Infrastructure infrastructure, Simulators simulators, boolean fixedPorts, String netsuiteApi) {
        this.infrastructure = infrastructure;
        this.simulators = simulators;
        this.fixedPorts = fixedPorts;
        this.netsuiteApi = netsuiteApi;
    }

    /**
     * Every service in the order the stack starts it (catalogue first: the others wait for its SKU mappings),
     * with its settings. The one source of settings for both launchers, in one JVM and as processes.
     */
    List<ServiceSpec> services() {
        return List.of(
                new ServiceSpec("catalog-sync", "catalog-sync-service", CatalogSyncApplication.class, 8083, 9083,
                        catalog()),
                new ServiceSpec("order-sync", "order-sync-service", OrderSyncApplication.class, 8081, 9081, orders()),
                new ServiceSpec("inventory-sync", "inventory-sync-service", InventorySyncApplication.class, 8082, 9082,
                        inventory()),
                new ServiceSpec("pricing-sync", "pricing-sync-service", PricingSyncApplication.class, 8084, 9084,
                        pricing()),
                new ServiceSpec("settlement", "settlement-service", SettlementApplication.class, 8085, 9085,
                        settlement()));
    }

    Map<String, String> catalog() {
        Map<String, String> p = withoutSettlementLibraries(common(2));
        // The poll would republish what the stack publishes on demand; it runs, but not during the day.
        p.put("hub.catalog.poll-interval", "10m");
        // The stack's webhook retries end after 26 s (TikTok's after 15 h): a listing whose audit webhook found
        // catalog-sync down for all of them is read back by this poll instead.
        p.put("hub.catalog.audit-poll-interval", "10s");
        p.put("hub.catalog.netsuite.currencies." + NetSuiteEstate.USD, "USD");
        p.put("hub.catalog.netsuite.currencies." + NetSuiteEstate.GBP, "GBP");
        p.put("hub.catalog.netsuite.option-names.custitem_color", "Color");
        p.put("hub.catalog.netsuite.option-names.custitem_size", "Size");
        listingShop(p, 0, ShopDirectory.US_SHOP_ID, "en_US", "USD", ShopDirectory.US_EAST_WAREHOUSE);
        listingShop(p, 1, ShopDirectory.UK_SHOP_ID, "en_GB", "GBP", ShopDirectory.UK_WAREHOUSE);
        return p;
    }

    private static void listingShop(Map<String, String> p, int index, String shopId, String language, String currency,
            String warehouse) {
        String prefix = "hub.catalog.shops[" + index + "].";
        p.put(prefix + "shop-id", shopId);
        p.put(prefix + "language", language);
        p.put(prefix + "currency", currency);
        p.put(prefix + "warehouse-id", warehouse);
        p.put(prefix + "categories.Tees", "601226");
        p.put(prefix + "categories.Hoodies", "601226");
        p.put(prefix + "categories.Mugs", "600101");
        p.put(prefix + "categories.Storage", "600102");
        p.put(prefix + "attributes.custitem_material", "101610");
    }

    Map<String, String> orders() {
        Map<String, String> p = withoutSettlementLibraries(common(4));
        // Webhooks carry the day; the poll is the safety net for one that never came.
        p.put("hub.orders.poll-interval", "10s");
        p.put("hub.orders.poll-overlap", "1m");
        p.put("hub.orders.flush-interval", "250ms");
        p.put("hub.orders.fulfilments.interval", "2s");
        p.put("hub.orders.fulfilments.overlap", "1m");
        orderShop(p, 0, ShopDirectory.US_SHOP_ID, NetSuiteEstate.US_SUBSIDIARY, NetSuiteEstate.USD,
                NetSuiteEstate.US_DEFAULT_CUSTOMER, NetSuiteEstate.CHICAGO, ShopDirectory.US_EAST_WAREHOUSE,
                NetSuiteEstate.US_CARRIERS);
        orderShop(p, 1, ShopDirectory.UK_SHOP_ID, NetSuiteEstate.UK_SUBSIDIARY, NetSuiteEstate.GBP,
                NetSuiteEstate.UK_DEFAULT_CUSTOMER, NetSuiteEstate.MIDLANDS, ShopDirectory.UK_WAREHOUSE,
                NetSuiteEstate.UK_CARRIERS);
        // The US warehouse restocks returns, the UK one puts them aside as damaged. Both shops are settled by
        // TikTok's statements, whose refund lines net each refund in clearing: a Customer Refund out of clearing
        // as well would count every refund twice (docs/settlement-accounting.md), so the credit stays open.
        p.put("hub.orders.shops[0].returns.disposition", "SELLABLE");
        p.put("hub.orders.shops[0].returns.refunds", "SETTLEMENT");
        p.put("hub.orders.shops[1].returns.disposition", "DAMAGED");
        p.put("hub.orders.shops[1].returns.damaged-location", NetSuiteEstate.MIDLANDS_RETURNS);
        p.put("hub.orders.shops[1].returns.refunds", "SETTLEMENT");
        p.put("hub.orders.returns.interval", "500ms");
        p.put("hub.orders.returns.poll-interval", "10s");
        p.put("hub.orders.returns.poll-overlap", "1m");
        return p;
    }

    private static void orderShop(Map<String, String> p, int index, String shopId, String subsidiary, String currency,
            String customer, String location, String warehouse, Map<String, String> carriers) {
        String prefix = "hub.orders.shops[" + index + "].";
        p.put(prefix + "shop-id", shopId);
        p.put(prefix + "subsidiary", subsidiary);
        p.put(prefix + "currency", currency);
        p.put(prefix + "default-customer", customer);
        p.put(prefix + "default-location", location);
        p.put(prefix + "locations." + warehouse, location);
        carriers.forEach((shipMethod, provider) -> p.put(prefix + "carriers." + shipMethod, provider));
    }

    Map<String, String> inventory() {
        Map<String, String> p = withoutSettlementLibraries(common(2));
        p.put("hub.inventory.movement-secret", MOVEMENT_SECRET);
        p.put("hub.inventory.poll-interval", "2s");
        p.put("hub.inventory.watermark-overlap", "30s");
        p.put("hub.inventory.commit-settle", "3s");
        p.put("hub.inventory.push-interval", "500ms");
        p.put("hub.inventory.retry-base-delay", "500ms");
        p.put("hub.inventory.shops[0].shop-id", ShopDirectory.US_SHOP_ID);
        p.put("hub.inventory.shops[0].locations[" + NetSuiteEstate.CHICAGO + "]", ShopDirectory.US_EAST_WAREHOUSE);
        p.put("hub.inventory.shops[0].locations[" + NetSuiteEstate.DALLAS + "]", ShopDirectory.US_EAST_WAREHOUSE);
        p.put("hub.inventory.shops[0].default-safety-stock", String.valueOf(NetSuiteEstate.SAFETY_STOCK_UNITS));
        p.put("hub.inventory.shops[1].shop-id", ShopDirectory.UK_SHOP_ID);
        p.put("hub.inventory.shops[1].locations[" + NetSuiteEstate.MIDLANDS + "]", ShopDirectory.UK_WAREHOUSE);
        p.put("hub.inventory.shops[1].default-safety-stock", String.valueOf(NetSuiteEstate.SAFETY_STOCK_UNITS));
        return p;
    }

    /**
     * Both shops fed by NetSuite's Base Price in dollars ({@link PricedShops}); the UK shop converts at
     * NetSuite's rate of the day and adds VAT. A short poll, so a price changed in NetSuite during the day
     * reaches TikTok within seconds; effective-dated prices switch on their own clock, not the poll's.
     */
    Map<String, String> pricing() {
        Map<String, String> p = withoutSettlementLibraries(common(1));
        p.put("hub.pricing.poll-interval", "2s");
        p.put("hub.pricing.watermark-overlap", "30s");
        p.put("hub.pricing.push-interval", "500ms");
        p.put("hub.pricing.retry-base-delay", "500ms");
        p.put("hub.pricing.currencies[" + NetSuiteEstate.USD + "]", "USD");
        p.put("hub.pricing.currencies[" + NetSuiteEstate.GBP + "]", "GBP");
        for (int i = 0; i < PricedShops.SHOPS.size(); i++) {
            PricedShops.PricedShop shop = PricedShops.SHOPS.get(i);
            String prefix = "hub.pricing.shops[" + i + "].";
            p.put(prefix + "shop-id", shop.shopId());
            p.put(prefix + "price-level", PricedShops.PRICE_LEVEL);
            p.put(prefix + "source-currency", PricedShops.SOURCE_CURRENCY);
            p.put(prefix + "currency", shop.currency().getCurrencyCode());
            p.put(prefix + "tax-display", shop.taxDisplay().name());
            p.put(prefix + "default-tax-rate", shop.taxRate().toPlainString());
            p.put(prefix + "max-price", shop.maxPrice().toPlainString());
        }
        return p;
    }

    /**
     * Both shops' books ({@link NetSuiteEstate#chartOfAccounts()}). The schedule runs, but not during the day:
     * the day ends by asking for a round on demand, as finance would, so that nothing reads half a day.
     */
    Map<String, String> settlement() {
        Map<String, String> p = common(1);
        p.put("hub.settlement.poll-interval", "10m");
        p.put("hub.settlement.first-delay", "10m");
        settlementShop(p, 0, ShopDirectory.US_SHOP_ID, NetSuiteEstate.US_SUBSIDIARY, NetSuiteEstate.USD,
                NetSuiteEstate.TIKTOK_CLEARING_ACCOUNT, NetSuiteEstate.US_RECEIVABLE, NetSuiteEstate.US_BANK,
                NetSuiteEstate.US_SUSPENSE);
        String us = "hub.settlement.shops[0].";
        fee(p, us, "referral_fee_amount", NetSuiteEstate.US_REFERRAL);
        fee(p, us, "transaction_fee_amount", NetSuiteEstate.US_TRANSACTION);
        fee(p, us, "shipping_fee_amount", NetSuiteEstate.US_SHIPPING);
        fee(p, us, "refund_administration_fee_amount", NetSuiteEstate.US_REFUND_ADMIN);
        fee(p, us, "affiliate_commission_amount", NetSuiteEstate.US_AFFILIATE);
        // TikTok remits US sales tax as the marketplace facilitator, so the Sales Orders never held it: the tax in
        // TikTok's revenue and the tax it withholds net out on the receivable (docs/settlement-accounting.md).
        fee(p, us, "sales_tax_amount", NetSuiteEstate.US_RECEIVABLE);
        fee(p, us, "sales_tax_refund_amount", NetSuiteEstate.US_RECEIVABLE);
        p.put(us + "adjustment-accounts[" + DaySettlement.US_ADJUSTMENT + "]", NetSuiteEstate.US_COMPENSATION);
        p.put(us + "platform-discount-account", NetSuiteEstate.US_PLATFORM_DISCOUNT);
        p.put(us + "expected-fee-rates[referral_fee_amount]", "0.06");
        p.put(us + "expected-fee-rates[transaction_fee_amount]", "0.029");
        // TikTok takes the transaction fee on what the buyer paid and withholds the tax: both predicted.
        p.put(us + "expected-fee-bases[transaction_fee_amount]", "PAYMENT");
        p.put(us + "sales-tax-withheld", "true");
        settlementShop(p, 1, ShopDirectory.UK_SHOP_ID, NetSuiteEstate.UK_SUBSIDIARY, NetSuiteEstate.GBP,
                NetSuiteEstate.UK_CLEARING, NetSuiteEstate.UK_RECEIVABLE, NetSuiteEstate.UK_BANK,
                NetSuiteEstate.UK_SUSPENSE);
        String uk = "hub.settlement.shops[1].";
        fee(p, uk, "platform_commission_amount", NetSuiteEstate.UK_COMMISSION);
        fee(p, uk, "shipping_fee_amount", NetSuiteEstate.UK_SHIPPING);
        fee(p, uk, "refund_administration_fee_amount", NetSuiteEstate.UK_REFUND_ADMIN);
        fee(p, uk, "affiliate_commission_amount", NetSuiteEstate.UK_AFFILIATE);
        p.put(uk + "adjustment-accounts[" + DaySettlement.UK_ADJUSTMENT + "]", NetSuiteEstate.UK_COMPENSATION);
        p.put(uk + "platform-discount-account", NetSuiteEstate.UK_PLATFORM_DISCOUNT);
        p.put(uk + "expected-fee-rates[platform_commission_amount]", "0.09");
        return p;
    }

    private static void settlementShop(Map<String, String> p, int index, String shopId, String subsidiary,
            String currency, String clearing, String receivable, String bank, String suspense) {
        String prefix = "hub.settlement.shops[" + index + "].";
        p.put(prefix + "shop-id", shopId);
        p.put(prefix + "subsidiary", subsidiary);
        p.put(prefix + "currency", currency);
        p.put(prefix + "clearing", clearing);
        p.put(prefix + "receivable", receivable);
        p.put(prefix + "bank", bank);
        p.put(prefix + "suspense", suspense);
    }

    private static void fee(Map<String, String> p, String shopPrefix, String tiktokField, String account) {
        p.put(shopPrefix + "fee-accounts[" + tiktokField + "]", account);
    }

    /**
     * On one classpath every service would also start what only settlement-service brings (JPA for its finance
     * read model, its OpenAPI pages); deployed, the others have neither, so here they are switched off too.
     * In its own process a service simply has none of these classes, and Spring ignores the exclusion of a class
     * that is not there, so the same settings serve both modes.
     */
    private static Map<String, String> withoutSettlementLibraries(Map<String, String> p) {
        p.put("spring.autoconfigure.exclude", String.join(",",
                "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                "org.springframework.boot.hibernate.autoconfigure.metrics.HibernateMetricsAutoConfiguration",
                "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration"));
        p.put("springdoc.api-docs.enabled", "false");
        p.put("springdoc.swagger-ui.enabled", "false");
        return p;
    }

    /** Everything every service needs: database, Kafka, TikTok app and shops, NetSuite account and its share. */
    private Map<String, String> common(int netsuiteShare) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", infrastructure.jdbcUrl());
        p.put("spring.datasource.username", "postgres");
        p.put("spring.datasource.password", "");
        p.put("spring.datasource.hikari.maximum-pool-size", "8");
        p.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        // One broker: three partitions per topic are plenty and start faster than the default six.
        p.put("hub.kafka.partitions", "3");
        p.put("hub.logging.json", "false");
        p.put("spring.jmx.enabled", "false");
        if (!fixedPorts) {
            p.put("server.port", "0");
            p.put("management.server.port", "0");
        }
        LocalCallers.configure(p);
        RunningSimulator tiktok = simulators.tiktok;
        // The token table stays the production default (tiktok_auth.shop_token), shared by the services.
        p.putAll(tiktok.hubProperties("tiktok_auth.shop_token"));
        // TikTok allows 50 calls a second per endpoint and shop; each service stays a little under it.
        p.put("hub.tiktok.default-qps", "40");
        p.put("hub.tiktok.retry-base-delay", "200ms");
        p.put("hub.tiktok.read-timeout", "5s");
        NetSuiteSimulator netsuite = simulators.netsuite;
        // SOAP with token-based auth, or SuiteTalk REST with OAuth 2.0 client credentials: the same account either way.
        p.putAll(netsuiteApi.equals("rest") ? netsuite.restHubProperties() : netsuite.hubProperties());
        // Shares add up to 10 of the account's 11 slots (catalog 2, orders 4, inventory 2, pricing 1,
        // settlement 1): one stays free for people working in NetSuite.
        p.put("hub.netsuite.concurrency-share", String.valueOf(netsuiteShare));
        return p;
    }
}
