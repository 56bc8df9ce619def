package io.suitetok.pricing.price;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.pricing.boundary.ExchangeRate;
import io.suitetok.pricing.config.PricingShopSettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shop's configured rate when it has one, else NetSuite's consolidated rate of the day (the rate
 * finance books with), read once per currency pair and day.
 */
public class NetSuiteExchangeRates implements ExchangeRates {

    private static final Logger log = LoggerFactory.getLogger(NetSuiteExchangeRates.class);

    private final NetSuiteGateway netsuite;
    private final Map<String, String> isoByNetSuiteCurrency;
    private final Map<String, BigDecimal> readRates = new ConcurrentHashMap<>();

    public NetSuiteExchangeRates(NetSuiteGateway netsuite, Map<String, String> isoByNetSuiteCurrency) {
        this.netsuite = netsuite;
        this.isoByNetSuiteCurrency = Map.copyOf(isoByNetSuiteCurrency);
    }

    @Override
    public Optional<ExchangeRate> rate(Currency from, PricingShopSettings shop, LocalDate day) {
        ExchangeRate configured = ShopPriceCalculator.configuredRate(from, shop);
        if (configured != null) {
            return Optional.of(configured);
        }
        Optional<String> toId = netSuiteIdOf(shop.currency());
        if (toId.isEmpty()) {
            log.warn("shop {} sells in {}, which hub.pricing.currencies does not name: no NetSuite rate can be read",
                    shop.shopId(), shop.currency());
            return Optional.empty();
        }
        String key = shop.sourceCurrency() + ">" + toId.get() + "@" + day;
        try {
            BigDecimal rate = readRates.computeIfAbsent(key, unused -> netsuite.currencyRate(
                    new NetSuiteInternalId(shop.sourceCurrency()), new NetSuiteInternalId(toId.get()), day));
            return Optional.of(new ExchangeRate(from, shop.currency(), rate, "NetSuite's rate of " + day));
        } catch (SuiteTalkException e) {
            if (!NetSuiteGateway.NO_CURRENCY_RATE.equals(e.fault().code())) {
                throw e; // NetSuite busy or down: the read fails and is tried again, nothing is parked
            }
            log.warn("no NetSuite rate {}→{} on {}: {}", from, shop.currency(), day, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<String> netSuiteIdOf(Currency currency) {
        return isoByNetSuiteCurrency.entrySet().stream().filter(entry -> entry.getValue().equals(currency.getCurrencyCode()))
                .map(Map.Entry::getKey).findFirst();
    }
}
