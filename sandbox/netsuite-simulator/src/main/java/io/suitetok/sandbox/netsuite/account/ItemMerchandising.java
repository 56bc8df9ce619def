package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.accounting_2025_2.Translation;
import com.netsuite.webservices.lists.accounting_2025_2.TranslationList;
import com.netsuite.webservices.lists.accounting_2025_2.types.ItemWeightUnit;
import com.netsuite.webservices.platform.core_2025_2.CustomFieldList;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.StringCustomFieldRef;
import io.suitetok.netsuite.wire.NetSuiteLanguage;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;

/** Puts a seed's web-store copy, class, weight, custom fields and translations on an item. */
final class ItemMerchandising {

    private ItemMerchandising() {
    }

    static void apply(SeedRequest.Merchandising seed, InventoryItem item) {
        item.setSalesDescription(seed.salesDescription());
        item.setStoreDisplayName(seed.storeDisplayName());
        item.setStoreDetailedDescription(seed.storeDetailedDescription());
        if (seed.className() != null) {
            RecordRef itemClass = new RecordRef();
            itemClass.setName(seed.className());
            item.setClazz(itemClass);
        }
        item.setWeight(seed.weight());
        if (seed.weightUnit() != null) {
            item.setWeightUnit(ItemWeightUnit.fromValue("_" + seed.weightUnit()));
        }
        if (!seed.customFields().isEmpty()) {
            CustomFieldList fields = new CustomFieldList();
            seed.customFields().forEach((scriptId, value) -> {
                StringCustomFieldRef field = new StringCustomFieldRef();
                field.setScriptId(scriptId);
                field.setValue(value);
                fields.getCustomField().add(field);
            });
            item.setCustomFieldList(fields);
        }
        if (!seed.translations().isEmpty()) {
            TranslationList translations = new TranslationList();
            seed.translations().forEach((locale, copy) -> {
                Translation translation = new Translation();
                // NetSuite names the language with its own enumeration (_englishUK), not the tag (en_GB).
                translation.setLocale(NetSuiteLanguage.netSuiteValue(locale).orElseThrow(() ->
                        new IllegalArgumentException("no NetSuite language for locale " + locale)));
                translation.setStoreDisplayName(copy.displayName());
                translation.setStoreDetailedDescription(copy.description());
                translations.getTranslation().add(translation);
            });
            item.setTranslationsList(translations);
        }
    }
}
