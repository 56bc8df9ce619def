package io.suitetok.inventory.push;

import static io.suitetok.inventory.push.PushDecision.Action.HOLD;
import static io.suitetok.inventory.push.PushDecision.Action.IN_SYNC;
import static io.suitetok.inventory.push.PushDecision.Action.PUSH;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a computed level is news for TikTok. */
class PushDecisionTest {

    @Test
    void aLevelTikTokNeverAcceptedIsPushed() {
        assertThat(PushDecision.decide(12, null, 0, 0, false)).isEqualTo(PUSH);
    }

    @Test
    void theValueTikTokAcceptedIsNotSentAgain() {
        assertThat(PushDecision.decide(12, 12, 0, 0, false)).isEqualTo(IN_SYNC);
    }

    @Test
    void aDropCausedByTikTokOrdersIsAlreadyOnTikTok() {
        // TikTok accepted 100, then sold 7 units; the hub's number fell by the same 7 in-flight units.
        assertThat(PushDecision.decide(93, 100, 7, 7, false)).isEqualTo(IN_SYNC);
    }

    @Test
    void aDropThatOrdersOnTheirWayIntoNetSuiteCouldExplainWaits() {
        // TikTok shows 93; NetSuite already counts 2 of the 7 in-flight units as committed.
        assertThat(PushDecision.decide(91, 100, 7, 7, false)).isEqualTo(HOLD);
    }

    @Test
    void aDropMadeOfSalesOrdersNetSuiteCommittedWaitsForTheOrdersBehindThem() {
        // TikTok shows 100 as far as the hub knows, NetSuite committed 3 more units: orders the hub may
        // not have read from orders.v1 yet (TikTok already took them off), or another channel's.
        assertThat(PushDecision.decide(97, 100, 0, 3, false)).isEqualTo(HOLD);
        assertThat(PushDecision.decide(97, 100, 0, 3, true)).isEqualTo(PUSH);
    }

    @Test
    void aDropLargerThanTheYoungInFlightUnitsIsPushed() {
        assertThat(PushDecision.decide(80, 100, 7, 7, false)).isEqualTo(PUSH);
    }

    @Test
    void aDropStillThereAfterTheSettleTimeIsPushed() {
        assertThat(PushDecision.decide(91, 100, 7, 7, true)).isEqualTo(PUSH);
    }

    @Test
    void aRiseIsPushedAtOnce() {
        assertThat(PushDecision.decide(150, 100, 7, 7, false)).isEqualTo(PUSH);
    }

    @Test
    void tiktokNeverShowsLessThanZero() {
        assertThat(PushDecision.expectedOnTikTok(3, 5)).isZero();
        assertThat(PushDecision.decide(0, 3, 5, 0, false)).isEqualTo(IN_SYNC);
    }
}
