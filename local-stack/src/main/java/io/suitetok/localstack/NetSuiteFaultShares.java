package io.suitetok.localstack;

import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultShare;
import java.util.Map;

/**
 * {@code netsuite}: from the catalogue on, one NetSuite call in five (SOAP and REST, any operation) is refused
 * with the concurrency fault (SOAP's {@code WS_REQUEST_BLOCKED}, REST's 429) although the account has room, and
 * one SOAP call in twenty is committed and then loses its answer (the connection closes): the caller cannot
 * tell whether its write happened and must retry it without writing it twice.
 */
final class NetSuiteFaultShares implements DayFault {

    static final double BLOCKED = 0.20;
    static final double ANSWER_LOST = 0.05;

    private final long seed;
    private Map<FaultKind, Long> fired = Map.of();

    NetSuiteFaultShares(long seed) {
        this.seed = seed;
    }

    @Override
    public String name() {
        return "NetSuite 20 % blocked, 5 % answers lost";
    }

    @Override
    public void onPhase(DayPhase phase, Simulators simulators, RunningHub hub) {
        if (phase == DayPhase.CATALOGUE) {
            simulators.netsuite.faults().inject(new FaultShare("*", FaultKind.REQUEST_BLOCKED, BLOCKED, seed));
            simulators.netsuite.faults().inject(new FaultShare("*", FaultKind.LOSE_RESPONSE_AFTER_COMMIT, ANSWER_LOST,
                    seed + 1));
        } else if (phase == DayPhase.OVER) {
            simulators.netsuite.faults().clear();
            fired = simulators.netsuite.faults().firedByKind();
        }
    }

    @Override
    public String injected() {
        return fired.getOrDefault(FaultKind.REQUEST_BLOCKED, 0L) + " blocked, "
                + fired.getOrDefault(FaultKind.LOSE_RESPONSE_AFTER_COMMIT, 0L) + " answers lost after commit";
    }
}
