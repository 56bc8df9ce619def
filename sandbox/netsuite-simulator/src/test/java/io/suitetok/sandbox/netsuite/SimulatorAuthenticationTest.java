package io.suitetok.sandbox.netsuite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netsuite.webservices.platform_2025_2.InvalidSessionFault;
import com.netsuite.webservices.platform_2025_2.NetSuitePortType;
import com.netsuite.webservices.platform_2025_2.NetSuiteService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.netsuite.auth.TokenPassportSigner;
import io.suitetok.netsuite.config.TbaCredentials;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.soap.SuiteTalkClient;
import io.suitetok.sandbox.netsuite.auth.LoginAttempt;
import jakarta.xml.ws.BindingProvider;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The simulator checks the token passport as NetSuite does, and answers with NetSuite's fault. */
class SimulatorAuthenticationTest extends AgainstSimulator {

    @Test
    void aCorrectlySignedPassportIsAccepted() {
        assertThat(SimulatorTestKit.client(netsuite).getServerTime()).isNotNull();
        assertThat(lastAttempt().success()).isTrue();
    }

    @Test
    void aWrongSecretIsAnInvalidLoginAttempt() {
        TbaCredentials good = netsuite.credentials();
        TbaCredentials wrongSecret = new TbaCredentials(good.accountId(), good.consumerKey(), "not-the-secret",
                good.tokenId(), good.tokenSecret());

        assertInvalidLogin(SuiteTalkClient.create(SimulatorTestKit.config(netsuite), new SimpleMeterRegistry(),
                new TokenPassportSigner(wrongSecret)));
        assertThat(lastAttempt().detail()).isEqualTo("InvalidSignature");
    }

    @Test
    void aReusedNonceIsRefused() {
        SuiteTalkClient sameNonce = SuiteTalkClient.create(SimulatorTestKit.config(netsuite), new SimpleMeterRegistry(),
                new TokenPassportSigner(netsuite.credentials(), Clock.systemUTC(), () -> "replayed-nonce-0001"));

        assertThat(sameNonce.getServerTime()).isNotNull();
        assertInvalidLogin(sameNonce);
        assertThat(lastAttempt().detail()).contains("already used");
    }

    @Test
    void aStaleTimestampIsRefused() {
        Clock tenMinutesSlow = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));
        SuiteTalkClient slowClock = SuiteTalkClient.create(SimulatorTestKit.config(netsuite), new SimpleMeterRegistry(),
                new TokenPassportSigner(netsuite.credentials(), tenMinutesSlow, TokenPassportSigner.randomNonces()));

        assertInvalidLogin(slowClock);
        assertThat(lastAttempt().detail()).contains("timestamp");
    }

    @Test
    void aSandboxAccountInLowerCaseIsRefused() {
        TbaCredentials good = netsuite.credentials();
        TbaCredentials lowerCase = new TbaCredentials("1234567_sb1", good.consumerKey(), good.consumerSecret(),
                good.tokenId(), good.tokenSecret());

        assertInvalidLogin(SuiteTalkClient.create(SimulatorTestKit.config(netsuite), new SimpleMeterRegistry(),
                new TokenPassportSigner(lowerCase)));
        assertThat(lastAttempt().detail()).contains("is not 1234567_SB1");
    }

    @Test
    void aRequestWithoutPassportMustLogInFirst() {
        NetSuitePortType port = new NetSuiteService().getNetSuitePort();
        ((BindingProvider) port).getRequestContext()
                .put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, netsuite.soapEndpoint().toString());

        assertThatThrownBy(() -> port.getServerTime(null, null))
                .isInstanceOfSatisfying(InvalidSessionFault.class,
                        fault -> assertThat(fault.getFaultInfo().getCode()).isEqualTo("WS_LOG_IN_REQD"));
    }

    @Test
    void theFaultHasNetSuitesShapeOnTheWire() throws Exception {
        String envelope = """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                    xmlns:platformMsgs="urn:messages_2025_2.platform.webservices.netsuite.com"
                    xmlns:platformCore="urn:core_2025_2.platform.webservices.netsuite.com">
                  <soapenv:Header>
                    <platformMsgs:tokenPassport>
                      <platformCore:account>1234567_SB1</platformCore:account>
                      <platformCore:consumerKey>suitetok-sim-consumer-key-0001</platformCore:consumerKey>
                      <platformCore:token>suitetok-sim-token-id-0001</platformCore:token>
                      <platformCore:nonce>hand-written-nonce</platformCore:nonce>
                      <platformCore:timestamp>%d</platformCore:timestamp>
                      <platformCore:signature algorithm="HMAC-SHA256">bm90IGEgc2lnbmF0dXJl</platformCore:signature>
                    </platformMsgs:tokenPassport>
                  </soapenv:Header>
                  <soapenv:Body><platformMsgs:getServerTime/></soapenv:Body>
                </soapenv:Envelope>""".formatted(Instant.now().getEpochSecond());

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(netsuite.soapEndpoint())
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"getServerTime\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        Document fault = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(response.body())));
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("//*[local-name()='Fault']/faultcode", fault)).endsWith(":Server.userException");
        assertThat(xpath.evaluate("//*[local-name()='Fault']/faultstring", fault)).isEqualTo("Invalid login attempt.");
        String detail = "//*[local-name()='Fault']/detail/*[1]";
        assertThat(xpath.evaluate("local-name(" + detail + ")", fault)).isEqualTo("invalidCredentialsFault");
        assertThat(xpath.evaluate("namespace-uri(" + detail + ")", fault))
                .isEqualTo("urn:faults_2025_2.platform.webservices.netsuite.com");
        assertThat(xpath.evaluate(detail + "/*[local-name()='code']", fault)).isEqualTo("INVALID_LOGIN_ATTEMPT");
    }

    private static void assertInvalidLogin(SuiteTalkClient client) {
        assertThatThrownBy(client::getServerTime)
                .isInstanceOfSatisfying(SuiteTalkException.class, e -> {
                    assertThat(e.fault().code()).isEqualTo("INVALID_LOGIN_ATTEMPT");
                    assertThat(e.fault().message()).isEqualTo("Invalid login attempt.");
                    assertThat(e.attempts()).isEqualTo(1);
                });
    }

    private static LoginAttempt lastAttempt() {
        return netsuite.passports().auditTrail().get(0);
    }
}
