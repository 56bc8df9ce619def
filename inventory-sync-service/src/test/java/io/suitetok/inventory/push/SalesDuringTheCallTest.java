package io.suitetok.inventory.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SalesDuringTheCallTest {

    static final Instant SET_AT = Instant.parse("2026-12-06T20:00:00Z");

    @Test
    void aFlashSaleHoldsBackThreeTimesWhatTikTokMaySellInTwoReadTrips() {
        // 40 set, 28 sold in 0.2 s: 140 a second; two 10 ms trips expect 2.8 units, three times over: 9.
        assertThat(SalesDuringTheCall.unitsToHoldBack(40, SET_AT, 12, SET_AT.plusMillis(200), Duration.ofMillis(10)))
                .isEqualTo(9);
    }

    @Test
    void aSlowSellerHoldsNothingBack() {
        // 10 sold in an hour: 0.003 units a second expected in a 100 ms window is far under a twentieth.
        assertThat(SalesDuringTheCall.unitsToHoldBack(50, SET_AT, 40, SET_AT.plus(Duration.ofHours(1)),
                Duration.ofMillis(50))).isZero();
    }

    @Test
    void aSlowReadWidensTheWindow() {
        Instant readAt = SET_AT.plusSeconds(10); // 1 unit a second
        assertThat(SalesDuringTheCall.unitsToHoldBack(20, SET_AT, 10, readAt, Duration.ofMillis(10))).isZero();
        assertThat(SalesDuringTheCall.unitsToHoldBack(20, SET_AT, 10, readAt, Duration.ofMillis(500))).isEqualTo(3);
    }

    @Test
    void atZeroOrWithoutSalesOrBeforeTheFirstSetNothingIsHeldBack() {
        Instant readAt = SET_AT.plusMillis(100);
        assertThat(SalesDuringTheCall.unitsToHoldBack(40, SET_AT, 0, readAt, Duration.ofSeconds(1))).isZero();
        assertThat(SalesDuringTheCall.unitsToHoldBack(40, SET_AT, 40, readAt, Duration.ofSeconds(1))).isZero();
        assertThat(SalesDuringTheCall.unitsToHoldBack(40, SET_AT, 45, readAt, Duration.ofSeconds(1)))
                .as("TikTok shows more than the hub set: a cancellation or a merchant's edit, not a sale").isZero();
        assertThat(SalesDuringTheCall.unitsToHoldBack(null, null, 10, readAt, Duration.ofSeconds(1))).isZero();
    }
}
