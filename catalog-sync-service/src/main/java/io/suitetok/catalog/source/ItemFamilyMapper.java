package io.suitetok.catalog.source;

import io.suitetok.catalog.config.NetSuiteItemFields;
import io.suitetok.model.catalog.CatalogItem;
import io.suitetok.model.catalog.CatalogVariant;
import io.suitetok.model.money.Money;
import io.suitetok.netsuite.gateway.ItemPrice;
import io.suitetok.netsuite.gateway.ItemSnapshot;
import io.suitetok.netsuite.gateway.ItemSnapshot.MatrixRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds catalogue items from NetSuite item snapshots: a matrix parent with its children becomes one
 * item with one variant per child; a plain item is an item with itself as the only variant. A child
 * whose parent is not among the snapshots is left for the next read of its family.
 */
public class ItemFamilyMapper {

    private final NetSuiteItemFields fields;

    public ItemFamilyMapper(NetSuiteItemFields fields) {
        this.fields = fields;
    }

    public List<CatalogItem> families(List<ItemSnapshot> snapshots) {
        Map<String, List<ItemSnapshot>> childrenByParent = new LinkedHashMap<>();
        for (ItemSnapshot snapshot : snapshots) {
            if (snapshot.matrixRole() == MatrixRole.CHILD && snapshot.parent() != null) {
                childrenByParent.computeIfAbsent(snapshot.parent().value(), id -> new ArrayList<>()).add(snapshot);
            }
        }
        List<CatalogItem> items = new ArrayList<>();
        for (ItemSnapshot snapshot : snapshots) {
            if (snapshot.matrixRole() == MatrixRole.PARENT) {
                List<CatalogVariant> variants = childrenByParent.getOrDefault(snapshot.internalId().value(), List.of())
                        .stream().map(this::variant).toList();
                items.add(item(snapshot, variants));
            } else if (snapshot.matrixRole() == MatrixRole.STANDALONE) {
                items.add(item(snapshot, List.of(variant(snapshot))));
            }
        }
        return items;
    }

    private CatalogItem item(ItemSnapshot snapshot, List<CatalogVariant> variants) {
        ItemSnapshot.Merchandising merchandising = snapshot.merchandising();
        Map<String, String> custom = merchandising == null ? Map.of() : merchandising.customFields();
        Map<String, CatalogItem.LocalizedCopy> translations = new LinkedHashMap<>();
        if (merchandising != null) {
            merchandising.translations().forEach((locale, copy) ->
                    translations.put(locale, new CatalogItem.LocalizedCopy(copy.displayName(), copy.description())));
        }
        return new CatalogItem(snapshot.internalId(), snapshot.sku(),
                firstText(merchandising == null ? null : merchandising.storeDisplayName(), snapshot.displayName()),
                merchandising == null ? null
                        : firstText(merchandising.storeDetailedDescription(), merchandising.salesDescription()),
                !snapshot.inactive(), snapshot.lastModified(),
                merchandising == null ? null : merchandising.className(), custom.get(fields.brandField()),
                packageSpec(merchandising, custom), images(custom), translations, custom, variants);
    }

    private CatalogVariant variant(ItemSnapshot snapshot) {
        Map<String, String> options = new LinkedHashMap<>();
        snapshot.matrixOptions().forEach((scriptId, value) -> options.put(optionName(scriptId), value));
        return new CatalogVariant(snapshot.internalId(), snapshot.sku(), options, !snapshot.inactive(),
                basePrices(snapshot), snapshot.upc());
    }

    private List<Money> basePrices(ItemSnapshot snapshot) {
        List<Money> prices = new ArrayList<>();
        for (ItemPrice price : snapshot.prices()) {
            String currency = price.currency() == null ? null : fields.currencies().get(price.currency().value());
            boolean baseLevel = price.priceLevel() != null && price.priceLevel().value().equals(fields.basePriceLevel());
            if (baseLevel && currency != null && price.unitPrice() != null) {
                prices.add(Money.of(price.unitPrice(), currency));
            }
        }
        return prices;
    }

    private String optionName(String scriptId) {
        String configured = fields.optionNames().get(scriptId);
        if (configured != null) {
            return configured;
        }
        String bare = scriptId.replaceFirst("^custitem_?", "").replace('_', ' ');
        return bare.isEmpty() ? scriptId : bare.substring(0, 1).toUpperCase(Locale.ROOT) + bare.substring(1);
    }

    private CatalogItem.PackageSpec packageSpec(ItemSnapshot.Merchandising merchandising, Map<String, String> custom) {
        if (merchandising == null || merchandising.weight() == null) {
            return null;
        }
        return new CatalogItem.PackageSpec(merchandising.weight(), merchandising.weightUnit(),
                decimal(custom.get(fields.lengthField())), decimal(custom.get(fields.widthField())),
                decimal(custom.get(fields.heightField())), custom.get(fields.dimensionUnitField()));
    }

    private List<CatalogItem.ImageSource> images(Map<String, String> custom) {
        String urls = custom.get(fields.imageUrlsField());
        if (urls == null || urls.isBlank()) {
            return List.of();
        }
        return Arrays.stream(urls.split("[\\r\\n,]+")).map(String::trim).filter(url -> !url.isEmpty())
                .map(url -> new CatalogItem.ImageSource(url, url.substring(url.lastIndexOf('/') + 1))).toList();
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
    }

    private static String firstText(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
