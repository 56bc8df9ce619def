package io.suitetok.sandbox.netsuite;

import io.suitetok.model.Required;
import io.suitetok.sandbox.netsuite.auth.OAuthClient;
import io.suitetok.sandbox.netsuite.auth.TbaToken;
import io.suitetok.sandbox.netsuite.governance.OtherIntegrationTraffic;
import io.suitetok.sandbox.netsuite.latency.LatencyModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * How a simulator instance runs.
 *
 * @param port             0 picks a free port (tests); the standalone default is 8920
 * @param accountId        the account in passport form; TBA requires exactly this spelling
 * @param tokens           the TBA tokens the account accepts
 * @param concurrencyLimit the account's concurrency limit (Standard tier: 5)
 * @param timestampSkew    how far a passport timestamp may be from the simulator's clock
 * @param httpThreads      server threads; more than the limit, so refusals are the gate's, not the pool's
 * @param oauthClients     the integrations (client id, certificate id, public key) whose JWT assertions the
 *                         REST token endpoint accepts
 */
public record SimulatorSettings(String host, int port, String accountId, List<TbaToken> tokens, int concurrencyLimit,
                                LatencyModel latency, OtherIntegrationTraffic.Shape otherTraffic,
                                Duration timestampSkew, int httpThreads, Clock clock,
                                List<OAuthClient> oauthClients) {

    public static final String ACCOUNT_ID = "1234567_SB1";
    public static final int STANDALONE_PORT = 8920;

    public SimulatorSettings {
        Required.present("host", host, "accountId", accountId, "tokens", tokens, "latency", latency,
                "otherTraffic", otherTraffic, "timestampSkew", timestampSkew, "clock", clock,
                "oauthClients", oauthClients);
        tokens = List.copyOf(tokens);
        oauthClients = List.copyOf(oauthClients);
    }

    /** The standalone defaults: port 8920, the test token, Standard-tier limit 5, the default latency model. */
    public static SimulatorSettings standalone() {
        return new SimulatorSettings("127.0.0.1", STANDALONE_PORT, ACCOUNT_ID, List.of(TbaToken.testToken()), 5,
                LatencyModel.defaults(), OtherIntegrationTraffic.Shape.none(), Duration.ofMinutes(5), 64,
                Clock.systemUTC(), List.of(OAuthClient.testClient()));
    }

    /** For tests: a free port and no latency. */
    public static SimulatorSettings forTests() {
        return standalone().withPort(0).withLatency(LatencyModel.none());
    }

    public SimulatorSettings withPort(int newPort) {
        return new SimulatorSettings(host, newPort, accountId, tokens, concurrencyLimit, latency, otherTraffic,
                timestampSkew, httpThreads, clock, oauthClients);
    }

    public SimulatorSettings withHost(String newHost) {
        return new SimulatorSettings(newHost, port, accountId, tokens, concurrencyLimit, latency, otherTraffic,
                timestampSkew, httpThreads, clock, oauthClients);
    }

    public SimulatorSettings withLatency(LatencyModel newLatency) {
        return new SimulatorSettings(host, port, accountId, tokens, concurrencyLimit, newLatency, otherTraffic,
                timestampSkew, httpThreads, clock, oauthClients);
    }

    public SimulatorSettings withConcurrencyLimit(int limit) {
        return new SimulatorSettings(host, port, accountId, tokens, limit, latency, otherTraffic, timestampSkew,
                httpThreads, clock, oauthClients);
    }

    public SimulatorSettings withOtherTraffic(OtherIntegrationTraffic.Shape shape) {
        return new SimulatorSettings(host, port, accountId, tokens, concurrencyLimit, latency, shape, timestampSkew,
                httpThreads, clock, oauthClients);
    }

    public SimulatorSettings withClock(Clock newClock) {
        return new SimulatorSettings(host, port, accountId, tokens, concurrencyLimit, latency, otherTraffic,
                timestampSkew, httpThreads, newClock, oauthClients);
    }

    /** The account answers only this token (a test that must recognise its own secrets anywhere they leak). */
    public SimulatorSettings withToken(TbaToken token) {
        return new SimulatorSettings(host, port, accountId, java.util.List.of(token), concurrencyLimit, latency,
                otherTraffic, timestampSkew, httpThreads, clock, oauthClients);
    }

    /** The REST token endpoint accepts only this integration's assertions. */
    public SimulatorSettings withOAuthClient(OAuthClient client) {
        return new SimulatorSettings(host, port, accountId, tokens, concurrencyLimit, latency, otherTraffic,
                timestampSkew, httpThreads, clock, List.of(client));
    }
}
