package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.lists.marketing_2025_2.PromotionCode;
import com.netsuite.webservices.lists.marketing_2025_2.PromotionCodeCurrency;
import com.netsuite.webservices.lists.marketing_2025_2.PromotionCodeCurrencyList;
import com.netsuite.webservices.lists.marketing_2025_2.PromotionCodeItems;
import com.netsuite.webservices.lists.marketing_2025_2.PromotionCodeItemsList;
import com.netsuite.webservices.platform.core_2025_2.CurrencyRate;
import com.netsuite.webservices.platform.core_2025_2.CustomFieldList;
import com.netsuite.webservices.platform.core_2025_2.DateCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.DoubleCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.ListOrRecordRef;
import com.netsuite.webservices.platform.core_2025_2.SelectCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.setup.customization_2025_2.CustomRecord;
import io.suitetok.netsuite.wire.RecordRefs;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The simulator's pricing entries in SuiteTalk's shapes: a price schedule as a CustomRecord whose fields
 * travel in customFieldList by script id (with the field and list internal ids NetSuite would send),
 * a promotion as a PromotionCode whose discount is text in {@code rate}, an exchange rate as a
 * CurrencyRate row.
 */
final class PricingRecordRenderer {

    static final String SCHEDULE_TYPE = "customrecord_suitetok_price_schedule";

    private PricingRecordRenderer() {
    }

    static CustomRecord schedule(PriceScheduleEntry entry) {
        CustomRecord record = new CustomRecord();
        record.setInternalId(entry.id());
        record.setIsInactive(entry.inactive());
        record.setCreated(entry.created());
        record.setLastModified(entry.lastModified());
        record.setName(entry.item() + " " + entry.effectiveFrom().toLocalDate());
        record.setRecType(RecordRefs.internal(PricingBook.PRICE_SCHEDULE_TYPE_ID));
        record.getRecType().setName("SuiteTok Price Schedule");
        CustomFieldList fields = new CustomFieldList();
        fields.getCustomField().add(select("custrecord_stps_item", entry.item()));
        fields.getCustomField().add(select("custrecord_stps_price_level", entry.priceLevel()));
        fields.getCustomField().add(select("custrecord_stps_currency", entry.currency()));
        DoubleCustomFieldRef price = new DoubleCustomFieldRef();
        price.setScriptId("custrecord_stps_price");
        price.setValue(entry.price());
        fields.getCustomField().add(price);
        fields.getCustomField().add(date("custrecord_stps_effective_from", entry.effectiveFrom()));
        // NetSuite leaves an empty field out of customFieldList.
        if (entry.effectiveTo() != null) {
            fields.getCustomField().add(date("custrecord_stps_effective_to", entry.effectiveTo()));
        }
        record.setCustomFieldList(fields);
        return record;
    }

    static PromotionCode promotion(PromotionEntry entry) {
        PromotionCode promotion = new PromotionCode();
        promotion.setInternalId(entry.id());
        promotion.setCode(entry.code());
        promotion.setIsInactive(entry.inactive());
        // The form shows a percent with its sign ("15%") and an amount as a plain number ("5.00").
        promotion.setRate(entry.discount().toPlainString() + (entry.percentOff() ? "%" : ""));
        promotion.setDiscountType(entry.percentOff());
        promotion.setStartDate(entry.start());
        promotion.setEndDate(entry.end());
        if (entry.currency() != null) {
            PromotionCodeCurrency currency = new PromotionCodeCurrency();
            currency.setCurrency(RecordRefs.internal(entry.currency()));
            PromotionCodeCurrencyList currencies = new PromotionCodeCurrencyList();
            currencies.getCurrency().add(currency);
            promotion.setCurrencyList(currencies);
        }
        promotion.setExcludeItems(false);
        promotion.setName(entry.name());
        if (!entry.items().isEmpty()) {
            PromotionCodeItemsList items = new PromotionCodeItemsList();
            entry.items().forEach(id -> {
                PromotionCodeItems row = new PromotionCodeItems();
                row.setItem(RecordRefs.internal(RecordType.INVENTORY_ITEM, id));
                items.getItems().add(row);
            });
            promotion.setItemsList(items);
        }
        return promotion;
    }

    static CurrencyRate rate(ExchangeRateEntry entry) {
        CurrencyRate rate = new CurrencyRate();
        rate.setBaseCurrency(RecordRefs.internal(entry.baseCurrency()));
        rate.setFromCurrency(RecordRefs.internal(entry.fromCurrency()));
        rate.setExchangeRate(entry.rate());
        rate.setEffectiveDate(entry.effectiveDate().atStartOfDay().atOffset(ZoneOffset.UTC));
        return rate;
    }

    private static SelectCustomFieldRef select(String scriptId, String internalId) {
        SelectCustomFieldRef field = new SelectCustomFieldRef();
        field.setScriptId(scriptId);
        ListOrRecordRef value = new ListOrRecordRef();
        value.setInternalId(internalId);
        field.setValue(value);
        return field;
    }

    private static DateCustomFieldRef date(String scriptId, OffsetDateTime value) {
        DateCustomFieldRef field = new DateCustomFieldRef();
        field.setScriptId(scriptId);
        field.setValue(value);
        return field;
    }
}
