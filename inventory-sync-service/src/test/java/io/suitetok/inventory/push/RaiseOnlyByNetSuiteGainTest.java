package io.suitetok.inventory.push;

import static io.suitetok.inventory.push.RaiseOnlyByNetSuiteGain.Action.HOLD;
import static io.suitetok.inventory.push.RaiseOnlyByNetSuiteGain.Action.IN_SYNC;
import static io.suitetok.inventory.push.RaiseOnlyByNetSuiteGain.Action.PUSH;
import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.inventory.push.RaiseOnlyByNetSuiteGain.Decision;
import org.junit.jupiter.api.Test;

/** TikTok's count is raised by no more than NetSuite gained since the last push. */
class RaiseOnlyByNetSuiteGainTest {

    /** sellable, TikTok now, basis now, pushed basis; nothing explainable, no threshold. */
    private static Decision decide(long sellable, long tiktokNow, long basis, Long pushedBasis) {
        return RaiseOnlyByNetSuiteGain.decide(sellable, tiktokNow, basis, pushedBasis, sellable, 0, false, 0, 0);
    }

    @Test
    void aFirstPushSendsTheSellableQuantity() {
        Decision first = RaiseOnlyByNetSuiteGain.decide(42, 0, 50, null, 42, 0, false, 0, 0);
        assertThat(first.action()).isEqualTo(PUSH);
        assertThat(first.value()).isEqualTo(42);
        assertThat(first.basisIfShown()).isEqualTo(50);
    }

    @Test
    void aFirstPushDecidedUnreadIsTheSameAsOneDecidedAgainstTikToksCount() {
        Decision unread = RaiseOnlyByNetSuiteGain.firstPush(42, 50, 45, 0);
        Decision read = RaiseOnlyByNetSuiteGain.decide(42, 7, 50, null, 45, 0, false, 0, 0);
        assertThat(unread.action()).isEqualTo(PUSH);
        assertThat(unread.value()).isEqualTo(read.value()).isEqualTo(42);
        // The headroom the hub's own estimate left (45 − 42) is kept in the basis, as after a read.
        assertThat(unread.basisIfShown()).isEqualTo(read.basisIfShown()).isEqualTo(47);
    }

    @Test
    void aFirstPushUnreadKeepsTheCapsAndTheThreshold() {
        assertThat(RaiseOnlyByNetSuiteGain.firstPush(42, 50, 30, 0).value()).isEqualTo(30);
        assertThat(RaiseOnlyByNetSuiteGain.firstPush(3, 50, 30, 3).value()).isZero();
        assertThat(RaiseOnlyByNetSuiteGain.firstPush(-4, 0, -4, 0).value()).isZero();
    }

    @Test
    void salesTheHubHasNotHeardOfAreNeverHandedBack() {
        // TikTok accepted 20 at basis 100 and sold 3 the hub has not heard of; NetSuite did not change.
        assertThat(decide(20, 17, 100, 100L).action()).isEqualTo(IN_SYNC);
    }

    @Test
    void aGainRaisesTikToksCountByTheGainOnly() {
        // NetSuite received 10: the hub's number (30) still holds the 3 units TikTok sold meanwhile.
        Decision gain = decide(30, 17, 110, 100L);
        assertThat(gain.action()).isEqualTo(PUSH);
        assertThat(gain.value()).isEqualTo(27);
        assertThat(gain.basisIfShown()).isEqualTo(110);
    }

    @Test
    void theSellableQuantityStillCaps() {
        Decision lower = decide(12, 17, 110, 100L);
        assertThat(lower.value()).isEqualTo(12);
        // The 15 units of headroom left unused stay available: the ceiling is still 27 afterwards.
        assertThat(lower.basisIfShown()).isEqualTo(95);
        assertThat(decide(30, 12, 110, lower.basisIfShown()).value()).isEqualTo(27);
    }

    @Test
    void aSkuHeldUnderMaxListedIsRefilledAfterTikTokSales() {
        // 1,000 counted, max-listed 100: the first push leaves 900 of headroom.
        Decision first = RaiseOnlyByNetSuiteGain.decide(100, 0, 1_000, null, 1_000, 0, false, 0, 0);
        assertThat(first.value()).isEqualTo(100);
        // TikTok sold 10; once NetSuite commits them the basis is unchanged (1,000 − 10 + 10).
        assertThat(decide(100, 90, 1_000, first.basisIfShown()).value()).isEqualTo(100);
    }

    @Test
    void aLossLowersTikTokByTheLoss() {
        Decision loss = decide(20, 17, 95, 100L);
        assertThat(loss.action()).isEqualTo(PUSH);
        assertThat(loss.value()).isEqualTo(12);
    }

    @Test
    void aDropNetSuiteCommitmentsCouldExplainWaitsUntilTheSettleTime() {
        // NetSuite committed 3 units the hub has not matched to TikTok orders yet: basis and sellable dip by 3.
        assertThat(RaiseOnlyByNetSuiteGain.decide(14, 17, 97, 100L, 14, 3, false, 0, 0).action()).isEqualTo(HOLD);
        assertThat(RaiseOnlyByNetSuiteGain.decide(14, 17, 97, 100L, 14, 3, true, 0, 0).action()).isEqualTo(PUSH);
        assertThat(RaiseOnlyByNetSuiteGain.decide(10, 17, 97, 100L, 10, 3, false, 0, 0).action()).isEqualTo(PUSH);
    }

    @Test
    void aCeilingAtOrUnderTheOutOfStockThresholdShowsNothing() {
        Decision thin = RaiseOnlyByNetSuiteGain.decide(10, 0, 103, 100L, 10, 0, false, 5, 0);
        assertThat(thin.action()).isEqualTo(IN_SYNC);
        assertThat(thin.value()).isZero();
    }

    @Test
    void aDeficitIsRememberedWhileTikTokShowsNothing() {
        // NetSuite lost 5 units TikTok had already sold: TikTok cannot go under 0, so the next gain pays it first.
        Decision deficit = decide(0, 0, 95, 100L);
        assertThat(deficit.action()).isEqualTo(IN_SYNC);
        assertThat(deficit.basisIfShown()).isEqualTo(100);
        assertThat(decide(10, 0, 98, deficit.basisIfShown()).action()).isEqualTo(IN_SYNC); // 3 received
        assertThat(decide(10, 0, 103, deficit.basisIfShown()).value()).isEqualTo(3); // 8 received
    }

    @Test
    void anUnansweredRaiseCountsAsAppliedAndAnUnansweredDropAsNot() {
        assertThat(decide(30, 17, 110, 100L).basisIfUnanswered()).isEqualTo(110);
        assertThat(decide(20, 17, 95, 100L).basisIfUnanswered()).isEqualTo(100);
    }

    @Test
    void tiktoksMaximumCaps() {
        assertThat(decide(200_000, 0, 200_000, 0L).value()).isEqualTo(99_999);
    }

    private static Decision decideHoldingBack(long sellable, long tiktokNow, long basis, long pushedBasis, long holdBack) {
        return RaiseOnlyByNetSuiteGain.decide(sellable, tiktokNow, basis, pushedBasis, sellable, 0, false, 0, holdBack);
    }

    @Test
    void aRaiseWhileTikTokSellsKeepsBackWhatItMaySellDuringTheCall() {
        Decision raise = decideHoldingBack(30, 17, 110, 100L, 4); // ceiling 27
        assertThat(raise.action()).isEqualTo(PUSH);
        assertThat(raise.value()).isEqualTo(23);
        // The 4 stay under the ceiling: once TikTok shows 23 (no sales) the next push may send them.
        assertThat(decide(30, 23, 110, raise.basisIfShown()).value()).isEqualTo(27);
    }

    @Test
    void aRaiseNoLargerThanWhatTikTokMaySellDuringTheCallWaits() {
        Decision small = decideHoldingBack(30, 17, 102, 100L, 4); // ceiling 19
        assertThat(small.action()).isEqualTo(HOLD);
        assertThat(small.value()).isEqualTo(17);
        assertThat(decideHoldingBack(30, 0, 102, 100L, 0).value()).isEqualTo(2); // sold out: the 2 go from 0
    }

    @Test
    void aDropWhileTikTokSellsGoesLowerByWhatItMaySellDuringTheCall() {
        Decision drop = decideHoldingBack(12, 17, 110, 100L, 3);
        assertThat(drop.action()).isEqualTo(PUSH);
        assertThat(drop.value()).isEqualTo(9);
        assertThat(decideHoldingBack(2, 17, 110, 100L, 3).value()).isZero();
        assertThat(RaiseOnlyByNetSuiteGain.decide(8, 17, 110, 100L, 8, 0, false, 5, 3).value())
                .as("the threshold still applies after the hold-back").isZero();
    }

    @Test
    void aRaiseTheHoldBackWouldLeaveAtOrUnderTheThresholdWaits() {
        // TikTok sold down to 2 (under the threshold of 5); the ceiling allows 10.
        assertThat(RaiseOnlyByNetSuiteGain.decide(10, 2, 108, 100L, 10, 0, false, 5, 6).action()).isEqualTo(HOLD);
        Decision raise = RaiseOnlyByNetSuiteGain.decide(10, 2, 108, 100L, 10, 0, false, 5, 3);
        assertThat(raise.action()).isEqualTo(PUSH);
        assertThat(raise.value()).isEqualTo(7);
    }

    @Test
    void nothingIsHeldBackWhenTikTokAlreadyShowsTheValue() {
        assertThat(decideHoldingBack(27, 27, 110, 100L, 5).action()).isEqualTo(IN_SYNC);
    }
}
