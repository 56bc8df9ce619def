package io.suitetok.sandbox.netsuite;

import static org.assertj.core.api.Assertions.assertThat;

import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Hand-written requests (src/test/resources/requests) shaped after what the hub sends: the simulator
 * refuses those NetSuite refuses, with NetSuite's fault for a request that breaks its schema.
 */
class RequestSchemaValidationTest extends AgainstSimulator {

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    @Test
    void currencyBeforeEntityIsRefusedAndNothingIsWritten() throws Exception {
        Document fault = post("upsert-sales-order-currency-before-entity.xml", 500);

        assertThat(XPATH.evaluate("//*[local-name()='Fault']/faultcode", fault)).isEqualTo("soapenv:Server.userException");
        assertThat(XPATH.evaluate("//*[local-name()='Fault']/faultstring", fault))
                .startsWith("org.xml.sax.SAXException: ").contains("entity");
        assertThat(netsuite.account().records(SalesOrder.class)).isEmpty();
    }

    @Test
    void emailBeforePhoneOnACustomerIsRefused() throws Exception {
        Document fault = post("upsert-customer-email-before-phone.xml", 500);

        assertThat(XPATH.evaluate("//*[local-name()='Fault']/faultstring", fault)).contains("phone");
    }

    @Test
    void aCountryValueNetSuiteDoesNotHaveIsRefused() throws Exception {
        Document fault = post("upsert-sales-order-unknown-country.xml", 500);

        assertThat(XPATH.evaluate("//*[local-name()='Fault']/faultstring", fault)).contains("_vietnam");
    }

    @Test
    void theSameOrderInNetSuitesOrderPassesTheSchemaAndReachesAuthentication() throws Exception {
        Document fault = post("upsert-sales-order-entity-then-currency.xml", 500);

        // No passport in the fixture: past the schema check the next refusal is the login one.
        assertThat(XPATH.evaluate("//*[local-name()='Fault']/faultstring", fault)).doesNotContain("SAXException");
        assertThat(XPATH.evaluate("local-name(//*[local-name()='Fault']/detail/*[1])", fault))
                .isEqualTo("invalidSessionFault");
    }

    @Test
    void aCurrencyRateFilterOutOfOrderIsRefused() throws Exception {
        Document fault = post("get-currency-rate-from-before-base.xml", 500);

        assertThat(XPATH.evaluate("//*[local-name()='Fault']/faultstring", fault))
                .startsWith("org.xml.sax.SAXException: ").contains("baseCurrency");
    }

    @Test
    void aPriceScheduleSearchByAFieldNetSuiteDoesNotHaveIsRefused() throws Exception {
        Document fault = post("search-price-schedules-unknown-field.xml", 500);

        assertThat(XPATH.evaluate("//*[local-name()='Fault']/faultstring", fault)).contains("effectiveDate");
    }

    private static Document post(String fixture, int expectedStatus) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(netsuite.soapEndpoint())
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .header("SOAPAction", "\"upsertList\"")
                        .POST(HttpRequest.BodyPublishers.ofString(read(fixture))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(response.body())));
    }

    private static String read(String fixture) throws IOException {
        try (InputStream in = RequestSchemaValidationTest.class.getResourceAsStream("/requests/" + fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
