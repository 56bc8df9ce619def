package io.suitetok.netsuite.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AdaptiveConcurrencyLimitTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AdaptiveConcurrencyLimit limit =
            new AdaptiveConcurrencyLimit(8, Duration.ofSeconds(5), nanos::get);

    @Test
    void neverGrantsMoreThanTheShare() throws Exception {
        List<Permit> held = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            held.add(limit.acquire(Duration.ofMillis(10)));
        }

        assertThat(limit.inUse()).isEqualTo(8);
        assertThatThrownBy(() -> limit.acquire(Duration.ofMillis(20))).isInstanceOf(PermitTimeoutException.class);
    }

    @Test
    void aWaitingCallerGetsTheSlotAnotherReleases() throws Exception {
        AdaptiveConcurrencyLimit one = new AdaptiveConcurrencyLimit(1, Duration.ofSeconds(5), nanos::get);
        Permit held = one.acquire(Duration.ofMillis(10));
        CompletableFuture<Permit> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return one.acquire(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        one.release(held);

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(one.inUse()).isEqualTo(1);
    }

    @Test
    void concurrencyFaultLowersTheLimitOncePerGeneration() throws Exception {
        Permit a = limit.acquire(Duration.ofMillis(10));
        Permit b = limit.acquire(Duration.ofMillis(10));

        limit.throttled(a);
        limit.throttled(b); // throttled together with a: same generation, no second cut

        assertThat(limit.limit()).isEqualTo(6);

        Permit c = limit.acquire(Duration.ofMillis(10));
        limit.throttled(c);

        assertThat(limit.limit()).isEqualTo(4);
    }

    @Test
    void limitNeverDropsBelowOne() throws Exception {
        for (int i = 0; i < 20; i++) {
            Permit permit = limit.acquire(Duration.ofMillis(10));
            limit.throttled(permit);
            limit.release(permit);
        }

        assertThat(limit.limit()).isEqualTo(1);
    }

    @Test
    void limitClimbsBackByOnePerQuietPeriodUpToTheShare() throws Exception {
        Permit permit = limit.acquire(Duration.ofMillis(10));
        limit.throttled(permit);
        limit.release(permit);
        assertThat(limit.limit()).isEqualTo(6);

        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(limit.limit()).isEqualTo(6);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(limit.limit()).isEqualTo(7);

        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(limit.limit()).isEqualTo(8);

        nanos.addAndGet(Duration.ofSeconds(50).toNanos());
        assertThat(limit.limit()).isEqualTo(8);
    }

    @Test
    void aLoweredLimitHoldsBackNewCallersUntilInUseFallsBelowIt() throws Exception {
        List<Permit> held = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            held.add(limit.acquire(Duration.ofMillis(10)));
        }
        limit.throttled(held.get(0)); // limit 6 with 8 in flight
        for (int i = 0; i < 2; i++) {
            limit.release(held.remove(0));
        }

        assertThat(limit.inUse()).isEqualTo(6);
        assertThatThrownBy(() -> limit.acquire(Duration.ofMillis(20))).isInstanceOf(PermitTimeoutException.class);
        limit.release(held.remove(0));
        assertThat(limit.acquire(Duration.ofMillis(10))).isNotNull();
    }
}
