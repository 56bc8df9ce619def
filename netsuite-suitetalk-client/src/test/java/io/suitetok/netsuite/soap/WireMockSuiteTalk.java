package io.suitetok.netsuite.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.netsuite.config.ConcurrencyPolicy;
import io.suitetok.netsuite.config.RetryPolicy;
import io.suitetok.netsuite.config.SuiteTalkConfig;
import io.suitetok.netsuite.config.TbaCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Stubs and configuration shared by the WireMock tests of the client's XML on the wire. */
public final class WireMockSuiteTalk {

    public static final String PATH = "/services/NetSuitePort_2025_2";

    public static final TbaCredentials CREDENTIALS = new TbaCredentials("1234567_SB1",
            "ck-3f1c9a7e5b2d4c6e8a0b1c2d3e4f5a6b", "cs-9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a",
            "tk-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d", "ts-5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e");

    private WireMockSuiteTalk() {
    }

    public static SuiteTalkConfig config(String baseUrl) {
        return SuiteTalkConfig.of(CREDENTIALS)
                .withEndpoint(URI.create(baseUrl + PATH))
                .withRetry(new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(40)))
                .withConcurrency(new ConcurrencyPolicy(4, Duration.ofMinutes(1), Duration.ofSeconds(10)))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    /** A server on a free port, for a test class's static {@code @RegisterExtension} field. */
    public static WireMockExtension server() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    }

    /** The same, able to answer writes and getList by echo ({@link EchoWriteResponses}). */
    public static WireMockExtension echoingServer() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().extensions(new EchoWriteResponses()))
                .build();
    }

    /**
     * A client of {@code server} with the quick retries of {@link #config}. Test classes take one
     * per test from a field initializer: JUnit creates each test's instance after the class's
     * static server has started, so its port is known by then.
     */
    public static SuiteTalkClient client(WireMockExtension server, MeterRegistry meters) {
        return SuiteTalkClient.create(config(server.baseUrl()), meters);
    }

    /** JAX-WS sends the WSDL's soapAction quoted, as SOAP 1.1 says. */
    public static MappingBuilder soap(String operation) {
        return post(urlEqualTo(PATH)).withHeader("SOAPAction", equalTo("\"" + operation + "\""));
    }

    public static RequestPatternBuilder soapRequested(String operation) {
        return postRequestedFor(urlEqualTo(PATH)).withHeader("SOAPAction", equalTo("\"" + operation + "\""));
    }

    public static ResponseDefinitionBuilder xml(String fixture) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(fixture(fixture));
    }

    /** NetSuite answers a fault with HTTP 500 and a SOAP 1.1 fault body. */
    public static ResponseDefinitionBuilder fault(String fixture) {
        return aResponse().withStatus(500).withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(fixture(fixture));
    }

    public static String fixture(String name) {
        try (InputStream in = WireMockSuiteTalk.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
