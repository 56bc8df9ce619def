package io.suitetok.sandbox.netsuite;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.netsuite.rest.OAuthTokenSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST adapter's token: fetched once, shared, renewed before NetSuite's hour is up. */
class OAuthTokenRenewalTest {

    private final MovableClock clock = new MovableClock(Instant.now());
    private NetSuiteSimulator netsuite;
    private OAuthTokenSource tokens;

    @BeforeEach
    void start() {
        netsuite = NetSuiteSimulator.start(SimulatorSettings.forTests().withClock(clock));
        tokens = new OAuthTokenSource(new OkHttpClient(), SimulatorTestKit.restConfig(netsuite), clock);
    }

    @AfterEach
    void stop() {
        netsuite.close();
    }

    @Test
    void oneTokenServesEveryCallUntilFiveMinutesBeforeItExpires() {
        String first = tokens.token();
        clock.advance(Duration.ofMinutes(54));
        String stillFirst = tokens.token();
        clock.advance(Duration.ofMinutes(2));
        String renewed = tokens.token();

        assertThat(stillFirst).isEqualTo(first);
        assertThat(renewed).isNotEqualTo(first);
        assertThat(tokens.issued()).isEqualTo(2);
        assertThat(netsuite.accessTokens().valid(renewed)).isTrue();
    }

    @Test
    void aTokenNetSuiteRefusedIsReplacedAtOnce() {
        String first = tokens.token();
        tokens.invalidate(first);

        assertThat(tokens.token()).isNotEqualTo(first);
        assertThat(tokens.issued()).isEqualTo(2);
    }

    /** A clock a test moves forward; the simulator and the token source read the same one. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
