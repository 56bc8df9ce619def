package io.suitetok.sandbox.netsuite;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import io.suitetok.netsuite.config.SuiteTalkEndpoint;
import io.suitetok.netsuite.config.TbaCredentials;
import io.suitetok.sandbox.netsuite.account.SimulatedAccount;
import io.suitetok.sandbox.netsuite.admin.AdminApi;
import io.suitetok.sandbox.netsuite.auth.AccessTokens;
import io.suitetok.sandbox.netsuite.auth.ClientAssertionVerifier;
import io.suitetok.sandbox.netsuite.auth.OAuthClient;
import io.suitetok.sandbox.netsuite.auth.PassportVerifier;
import io.suitetok.sandbox.netsuite.auth.TbaToken;
import io.suitetok.sandbox.netsuite.faults.FaultInjector;
import io.suitetok.sandbox.netsuite.faults.HttpFaultFilter;
import io.suitetok.sandbox.netsuite.governance.AccountConcurrencyGate;
import io.suitetok.sandbox.netsuite.governance.OtherIntegrationTraffic;
import io.suitetok.sandbox.netsuite.latency.LatencyModel;
import io.suitetok.sandbox.netsuite.rest.RestApi;
import io.suitetok.sandbox.netsuite.soap.NetSuitePortEndpoint;
import io.suitetok.sandbox.netsuite.soap.SchemaValidationFilter;
import io.suitetok.sandbox.netsuite.soap.RequestCounter;
import jakarta.xml.ws.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * A running NetSuite simulator: the SOAP endpoint at {@code /services/NetSuitePort_2025_2} (the real
 * path) and the JSON inspection and seeding API under {@code /sim}, on one JDK HTTP server.
 *
 * <p>In a test: {@code try (NetSuiteSimulator netsuite = NetSuiteSimulator.start(SimulatorSettings.forTests()))},
 * then point the client at {@link #soapEndpoint()} with {@link #credentials()}.
 */
public final class NetSuiteSimulator implements AutoCloseable {

    private final SimulatorSettings settings;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Endpoint endpoint;
    private final SimulatedAccount account;
    private final PassportVerifier passports;
    private final AccessTokens accessTokens;
    private final AccountConcurrencyGate gate;
    private final FaultInjector faults;
    private final RequestCounter requests;
    private final AtomicReference<LatencyModel> latency;
    private final AtomicReference<OtherIntegrationTraffic> otherTraffic = new AtomicReference<>();

    private NetSuiteSimulator(SimulatorSettings settings) throws IOException {
        routeJavaUtilLoggingToSlf4j();
        this.settings = settings;
        this.account = new SimulatedAccount(settings.accountId(), settings.clock());
        this.passports = new PassportVerifier(settings.accountId(), settings.tokens(), settings.timestampSkew(),
                settings.clock());
        this.gate = new AccountConcurrencyGate(settings.concurrencyLimit());
        this.faults = new FaultInjector();
        this.requests = new RequestCounter();
        this.latency = new AtomicReference<>(settings.latency());
        this.server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 256);
        this.threads = Executors.newFixedThreadPool(settings.httpThreads(), daemonThreads());
        server.setExecutor(threads);
        HttpContext soap = server.createContext(SuiteTalkEndpoint.SERVICE_PATH);
        this.endpoint = Endpoint.create(new NetSuitePortEndpoint(account, passports, gate, faults, latency::get,
                requests));
        endpoint.publish(soap);
        soap.getFilters().add(new HttpFaultFilter(faults));
        soap.getFilters().add(new SchemaValidationFilter());
        this.accessTokens = new AccessTokens(settings.clock());
        new RestApi(account, new ClientAssertionVerifier(settings.oauthClients(), settings.clock()), accessTokens,
                gate, faults, latency::get, requests, () -> tokenEndpoint().toString()).register(server);
        new AdminApi(this).register(server);
        setOtherTraffic(settings.otherTraffic());
        server.start();
    }

    public static NetSuiteSimulator start(SimulatorSettings settings) {
        try {
            return new NetSuiteSimulator(settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the NetSuite simulator on port " + settings.port(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where a SuiteTalk client sends its requests (its endpoint override). */
    public URI soapEndpoint() {
        return URI.create("http://" + settings.host() + ":" + port() + SuiteTalkEndpoint.SERVICE_PATH);
    }

    /** The SuiteTalk REST base ({@code .../services/rest}): record API, SuiteQL and the OAuth 2.0 token endpoint. */
    public URI restEndpoint() {
        return URI.create("http://" + settings.host() + ":" + port() + "/services/rest");
    }

    /** The OAuth 2.0 token endpoint; a client assertion's {@code aud} must be exactly this URL. */
    public URI tokenEndpoint() {
        return URI.create("http://" + settings.host() + ":" + port() + RestApi.TOKEN_PATH);
    }

    /** The first integration the REST token endpoint accepts. */
    public OAuthClient oauthClient() {
        return settings.oauthClients().get(0);
    }

    /** The access tokens issued by the REST token endpoint (a test can revoke them all). */
    public AccessTokens accessTokens() {
        return accessTokens;
    }

    /** The inspection and seeding API's base address. */
    public URI adminEndpoint() {
        return URI.create("http://" + settings.host() + ":" + port() + "/sim");
    }

    /** The first accepted token as client credentials for this account. */
    public TbaCredentials credentials() {
        TbaToken token = settings.tokens().get(0);
        return new TbaCredentials(settings.accountId(), token.consumerKey(), token.consumerSecret(), token.tokenId(),
                token.tokenSecret());
    }

    /** The {@code hub.netsuite.*} settings that point a hub service at this simulator's account. */
    public java.util.Map<String, String> hubProperties() {
        TbaCredentials tba = credentials();
        java.util.Map<String, String> hub = new java.util.LinkedHashMap<>();
        hub.put("hub.netsuite.account-id", tba.accountId());
        hub.put("hub.netsuite.consumer-key", tba.consumerKey());
        hub.put("hub.netsuite.consumer-secret", tba.consumerSecret());
        hub.put("hub.netsuite.token-id", tba.tokenId());
        hub.put("hub.netsuite.token-secret", tba.tokenSecret());
        hub.put("hub.netsuite.endpoint", soapEndpoint().toString());
        // In a real account this is the internal id NetSuite gave the custom record type when it was created.
        hub.put("hub.netsuite.price-schedule-record-type-id", account.priceScheduleTypeId());
        return hub;
    }

    /**
     * What a service needs to reach this account over SuiteTalk REST ({@code hub.netsuite.api=rest}): the
     * registered OAuth 2.0 client, its certificate's id and private key, and the REST base of this simulator.
     */
    public java.util.Map<String, String> restHubProperties() {
        OAuthClient client = oauthClient();
        java.util.Map<String, String> hub = new java.util.LinkedHashMap<>();
        hub.put("hub.netsuite.api", "rest");
        hub.put("hub.netsuite.account-id", settings.accountId());
        hub.put("hub.netsuite.client-id", client.clientId());
        hub.put("hub.netsuite.certificate-id", client.certificateId());
        hub.put("hub.netsuite.private-key", OAuthClient.testPrivateKeyPem());
        hub.put("hub.netsuite.rest-endpoint", restEndpoint().toString());
        hub.put("hub.netsuite.price-schedule-record-type-id", account.priceScheduleTypeId());
        return hub;
    }

    public SimulatedAccount account() {
        return account;
    }

    public FaultInjector faults() {
        return faults;
    }

    public AccountConcurrencyGate governance() {
        return gate;
    }

    public PassportVerifier passports() {
        return passports;
    }

    public RequestCounter requests() {
        return requests;
    }

    public LatencyModel latency() {
        return latency.get();
    }

    public void setLatency(LatencyModel model) {
        latency.set(model);
    }

    /** Replaces the simulated traffic of other integrations on the account. */
    public void setOtherTraffic(OtherIntegrationTraffic.Shape shape) {
        OtherIntegrationTraffic previous = otherTraffic.getAndSet(OtherIntegrationTraffic.start(gate, shape));
        if (previous != null) {
            previous.close();
        }
    }

    public SimulatorSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        OtherIntegrationTraffic traffic = otherTraffic.getAndSet(null);
        if (traffic != null) {
            traffic.close();
        }
        endpoint.stop();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "netsuite-simulator-http");
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The JAX-WS runtime logs through java.util.logging; send it where everything else goes. */
    private static void routeJavaUtilLoggingToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
