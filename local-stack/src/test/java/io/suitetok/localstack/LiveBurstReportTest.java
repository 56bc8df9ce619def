package io.suitetok.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.localstack.load.ReplayResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The burst's options and its table: the warm-up is said, the goals are judged, the flush's own rate is shown. */
class LiveBurstReportTest {

    private static final ReplayResult ANSWERS = new ReplayResult(200, 1_500, 1_500, 0, 0, 200, 7.5, 20, 400, 600);

    @Test
    void aBurstMeetsAServiceWarmedByOrdinaryTradingUnlessToldOtherwise() {
        assertThat(LiveBurst.Options.parse().warmUpOrders()).isEqualTo(100);
        assertThat(LiveBurst.Options.parse("--orders", "1500", "--warm-up", "0").warmUpOrders()).isZero();
        assertThatThrownBy(() -> LiveBurst.Options.parse("--warmup", "5")).hasMessageContaining("--warm-up N");
    }

    @Test
    void theTableSaysWhatRanBeforeTheBurstAndJudgesEachGoal() {
        LiveBurst.Options options = LiveBurst.Options.parse("--orders", "1500", "--warm-up", "100");
        // 1,500 in 30 s against a 23.4 s ceiling: 1.28 x, missed; 60 a second once all were read: 0.94, recorded only.
        LiveBurstReport.Burst burst = new LiveBurstReport.Burst(1_500, 0, 30.0, 23.4, 52.0, 60.0, 64.1, 4, 50, 3.12,
                ANSWERS);

        String table = LiveBurstReport.of(options, burst, List.of(), List.of());

        assertThat(table).contains("Before it, 100 orders of ordinary trading at 20/s")
                .contains("30.0 s (1,500 written, 0 parked) = 1.28 x the ceiling's 23.4 s | ≤ 1.1 x: **missed**")
                .contains("| Sales Orders per second, first to last | 52.0 = 0.81 of the ceiling | ≥ 0.9: **missed**")
                .contains("from every order read from TikTok to the last | 60.0 = 0.94 of the ceiling | (recorded)");
        assertThat(LiveBurstReport.of(LiveBurst.Options.parse("--warm-up", "0"), burst, List.of(), List.of()))
                .contains("No warm-up: the burst met a service that had served nothing");
    }
}
