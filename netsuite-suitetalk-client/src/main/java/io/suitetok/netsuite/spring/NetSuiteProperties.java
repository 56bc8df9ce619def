package io.suitetok.netsuite.spring;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hub.netsuite.*}: the account and this service's share of its concurrency limit. Secrets come
 * from the environment. {@code endpoint} is left empty for real NetSuite (the account-specific domain
 * is derived from the account id) and set for the simulator.
 *
 * @param concurrencyShare          this replica's share of the account limit (see docs/adr/0006)
 * @param priceScheduleRecordTypeId the account's internal id of the custom record type
 *                                  customrecord_suitetok_price_schedule (only the pricing service reads it)
 */
@ConfigurationProperties("hub.netsuite")
public record NetSuiteProperties(
        String accountId,
        String consumerKey,
        String consumerSecret,
        String tokenId,
        String tokenSecret,
        URI endpoint,
        @DefaultValue("2") int concurrencyShare,
        @DefaultValue("5m") Duration requestTimeout,
        @DefaultValue("200") int searchPageSize,
        String priceScheduleRecordTypeId) {

    @Override
    public String toString() {
        return "NetSuiteProperties[accountId=" + accountId + ", secrets=***, endpoint=" + endpoint
                + ", concurrencyShare=" + concurrencyShare + "]";
    }
}
