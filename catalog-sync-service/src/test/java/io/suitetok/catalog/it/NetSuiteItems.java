package io.suitetok.catalog.it;

import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.Item;
import io.suitetok.sandbox.netsuite.seed.SeedRequest.Merchandising;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** NetSuite items as a merchandiser would set them up, for seeding the simulator. */
final class NetSuiteItems {

    static final String USD = "1";
    static final String BASE_PRICE = "1";

    private NetSuiteItems() {
    }

    /** A matrix parent and one child per size, all in the given class. */
    static List<Item> matrix(String parentId, String itemId, String title, String className, boolean active,
            Map<String, String> customFields, String... sizes) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(parentId, null, itemId, title, null, "parent", null, Map.of(), !active, List.of(),
                List.of(), List.of(), merchandising(title, className, customFields)));
        int child = 1;
        for (String size : sizes) {
            Map<String, String> options = new LinkedHashMap<>();
            options.put("custitem_size", size);
            items.add(new Item(parentId + child++, null, itemId + "-" + size, title + " " + size, null, "child",
                    parentId, options, !active, List.of(), List.of(new SeedRequest.Price(BASE_PRICE, USD,
                            new BigDecimal("24.00"))), List.of(), null));
        }
        return items;
    }

    static Item plain(String internalId, String itemId, String title, String className,
            Map<String, String> customFields) {
        return new Item(internalId, null, itemId, title, null, null, null, Map.of(), false, List.of(),
                List.of(new SeedRequest.Price(BASE_PRICE, USD, new BigDecimal("12.50"))), List.of(),
                merchandising(title, className, customFields));
    }

    private static Merchandising merchandising(String title, String className, Map<String, String> customFields) {
        return new Merchandising("<p>" + title + ", made to last.</p>", title, "<p>" + title + ", made to last.</p>",
                className, new BigDecimal("0.5"), "lb", customFields, Map.of());
    }

    static SeedRequest seed(List<Item> items) {
        return new SeedRequest(List.of(), List.of(), List.of(), List.of(), List.of(), items, List.of());
    }
}
