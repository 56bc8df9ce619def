package io.suitetok.sandbox.netsuite.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A steady share of failing requests, as the fault suite injects it, and what it counts. */
class FaultShareTest {

    @Test
    void aFifthOfRequestsAreBlockedAndOneInTwentyLoseTheirAnswerWhileTheSharesStand() {
        FaultInjector faults = new FaultInjector();
        faults.inject(new FaultShare("*", FaultKind.REQUEST_BLOCKED, 0.2, 7));
        faults.inject(new FaultShare("upsertList", FaultKind.LOSE_RESPONSE_AFTER_COMMIT, 0.05, 7));

        int blocked = 0;
        int lost = 0;
        for (int i = 0; i < 10_000; i++) {
            if (faults.takeBefore("upsertList").isPresent()) {
                blocked++;
            } else if (faults.takeAfterCommit("upsertList").isPresent()) {
                lost++;
            }
        }

        assertThat(blocked).isBetween(1_850, 2_150);
        assertThat(lost).isBetween(330, 470); // 5 % of the 8,000 that were not blocked
        assertThat(faults.firedByKind()).containsEntry(FaultKind.REQUEST_BLOCKED, (long) blocked)
                .containsEntry(FaultKind.LOSE_RESPONSE_AFTER_COMMIT, (long) lost);
        assertThat(faults.takeAfterCommit("search")).as("another operation").isEmpty();
    }

    @Test
    void aCountedRuleComesFirstAndClearEndsTheShare() {
        FaultInjector faults = new FaultInjector();
        faults.inject(new FaultShare("*", FaultKind.REQUEST_BLOCKED, 1.0, 1));
        faults.inject(FaultRule.once("search", FaultKind.UNEXPECTED_ERROR));

        assertThat(faults.takeBefore("search")).hasValueSatisfying(rule ->
                assertThat(rule.kind()).isEqualTo(FaultKind.UNEXPECTED_ERROR));
        assertThat(faults.takeBefore("search")).hasValueSatisfying(rule ->
                assertThat(rule.kind()).isEqualTo(FaultKind.REQUEST_BLOCKED));

        faults.clear();
        assertThat(faults.takeBefore("search")).isEmpty();
        assertThat(faults.shares()).isEmpty();
    }

    @Test
    void aShareNeedsNoDelay() {
        assertThatThrownBy(() -> new FaultShare("*", FaultKind.SLOW, 0.1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
