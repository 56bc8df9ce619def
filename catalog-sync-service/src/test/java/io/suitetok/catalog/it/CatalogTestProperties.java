package io.suitetok.catalog.it;

import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the catalogue service at in-process simulators: the only difference from production is here. */
final class CatalogTestProperties {

    static final String US_SHOP = "7495000000000000001";

    private CatalogTestProperties() {
    }

    static Map<String, String> of(RunningSimulator tiktok, NetSuiteSimulator netsuite, String tokenSchema) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("hub.catalog.poll-enabled", "false");
        properties.put("hub.catalog.shops[0].shop-id", US_SHOP);
        properties.put("hub.catalog.shops[0].currency", "USD");
        properties.put("hub.catalog.shops[0].warehouse-id", "7100000000000000011");
        properties.put("hub.catalog.shops[0].categories.Apparel", "601226");
        properties.put("hub.catalog.shops[0].categories.Mugs", "600101");
        properties.put("hub.catalog.shops[0].attributes.custitem_material", "101610");
        properties.put("hub.catalog.netsuite.currencies.1", "USD");
        properties.putAll(tiktok.hubProperties(tokenSchema + ".shop_token"));
        properties.put("hub.tiktok.retry-base-delay", "50ms");
        properties.put("hub.tiktok.read-timeout", "2s");
        properties.putAll(netsuite.hubProperties());
        return properties;
    }

    static void register(DynamicPropertyRegistry registry, RunningSimulator tiktok, NetSuiteSimulator netsuite,
            String tokenSchema) {
        of(tiktok, netsuite, tokenSchema).forEach((key, value) -> registry.add(key, () -> value));
    }

    static String[] asArguments(RunningSimulator tiktok, NetSuiteSimulator netsuite, String tokenSchema) {
        return of(tiktok, netsuite, tokenSchema).entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new);
    }
}
