package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.platform.common_2025_2.CustomRecordSearchBasic;
import com.netsuite.webservices.platform.common_2025_2.PromotionCodeSearchBasic;
import com.netsuite.webservices.platform.core_2025_2.CurrencyRateFilter;
import com.netsuite.webservices.platform.core_2025_2.CurrencyRateList;
import com.netsuite.webservices.platform.core_2025_2.GetCurrencyRateResult;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.SearchMultiSelectField;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Searches over price schedules and promotion codes, and getCurrencyRate, answered from the account's
 * {@link PricingBook}. A custom record search must name the record type by its internal id.
 */
final class PricingQueries {

    private final AccountState state;

    PricingQueries(AccountState state) {
        this.state = state;
    }

    /** The matching schedules as CustomRecords, or empty when {@code recType} is not a known type. */
    Optional<List<Record>> schedules(CustomRecordSearchBasic criteria) {
        RecordRef type = criteria.getRecType();
        if (type == null || !PricingBook.PRICE_SCHEDULE_TYPE_ID.equals(type.getInternalId())) {
            return Optional.empty();
        }
        return Optional.of(state.pricing.schedules().stream()
                .filter(entry -> SearchFieldMatch.multi(criteria.getInternalId(), entry.id(), null)
                        && SearchFieldMatch.bool(criteria.getIsInactive(), entry.inactive())
                        && SearchFieldMatch.date(criteria.getLastModified(), entry.lastModified()))
                .<Record>map(PricingRecordRenderer::schedule)
                .toList());
    }

    List<Record> promotions(PromotionCodeSearchBasic criteria) {
        return state.pricing.promotions().stream()
                .filter(entry -> SearchFieldMatch.string(criteria.getCode(), entry.code())
                        && SearchFieldMatch.multi(criteria.getInternalId(), entry.id(), null)
                        && SearchFieldMatch.bool(criteria.getIsInactive(), entry.inactive())
                        && anyItem(criteria.getItem(), entry.items()))
                .<Record>map(PricingRecordRenderer::promotion)
                .toList();
    }

    /**
     * Per currency pair matching the filter, the rate in effect at its effective date (the latest that
     * starts on or before it; the latest of all without a date).
     */
    GetCurrencyRateResult rates(CurrencyRateFilter filter) {
        LocalDate at = filter == null || filter.getEffectiveDate() == null ? null
                : filter.getEffectiveDate().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        Map<String, ExchangeRateEntry> inEffect = new LinkedHashMap<>();
        state.pricing.rates().stream()
                .filter(rate -> filter == null || matches(filter.getBaseCurrency(), rate.baseCurrency()))
                .filter(rate -> filter == null || matches(filter.getFromCurrency(), rate.fromCurrency()))
                .filter(rate -> at == null || !rate.effectiveDate().isAfter(at))
                .sorted(Comparator.comparing(ExchangeRateEntry::effectiveDate))
                .forEach(rate -> inEffect.put(rate.baseCurrency() + "/" + rate.fromCurrency(), rate));
        CurrencyRateList list = new CurrencyRateList();
        inEffect.values().forEach(rate -> list.getCurrencyRate().add(PricingRecordRenderer.rate(rate)));
        GetCurrencyRateResult result = new GetCurrencyRateResult();
        result.setStatus(Responses.success());
        result.setCurrencyRateList(list);
        return result;
    }

    private static boolean matches(RecordRef wanted, String currency) {
        return wanted == null || wanted.getInternalId() == null || wanted.getInternalId().equals(currency);
    }

    private static boolean anyItem(SearchMultiSelectField field, List<String> items) {
        if (field == null || field.getOperator() == null) {
            return true;
        }
        return items.stream().anyMatch(item -> SearchFieldMatch.multi(field, item, null));
    }
}
