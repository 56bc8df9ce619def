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
 * @param api                       {@code soap} (TBA, the default) or {@code rest} (OAuth 2.0 client credentials)
 * @param clientId                  REST: the integration record's client id
 * @param certificateId             REST: the id NetSuite shows for the certificate uploaded in the OAuth 2.0 Client
 *                                  Credentials (M2M) Setup
 * @param privateKey                REST: that certificate's private key, PKCS#8 PEM, from a secret
 * @param restEndpoint              REST: a simulator or proxy ({@code http://host:port/services/rest}); empty for
 *                                  NetSuite, whose account domain is derived from the account id
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
        String priceScheduleRecordTypeId,
        @DefaultValue("soap") String api,
        String clientId,
        String certificateId,
        String privateKey,
        URI restEndpoint) {

    @Override
    public String toString() {
        return "NetSuiteProperties[accountId=" + accountId + ", secrets=***, endpoint=" + endpoint
                + ", concurrencyShare=" + concurrencyShare + ", api=" + api + ", clientId=" + clientId
                + ", certificateId=" + certificateId + ", restEndpoint=" + restEndpoint + "]";
    }
}
