package io.suitetok.sandbox.netsuite.faults;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The faults waiting for their requests. Each request takes at most one rule per phase (before
 * processing, per record, after commit), which uses up one of the rule's times.
 */
public final class FaultInjector {

    private static final Set<FaultKind> BEFORE = EnumSet.of(FaultKind.UNEXPECTED_ERROR, FaultKind.REQUEST_BLOCKED,
            FaultKind.SLOW);
    private static final Set<FaultKind> AFTER = EnumSet.of(FaultKind.LOSE_RESPONSE_AFTER_COMMIT,
            FaultKind.HTTP_502_AFTER_COMMIT, FaultKind.HANG_AFTER_COMMIT);

    private final List<MutableRule> rules = new ArrayList<>();
    private long fired;

    public synchronized void inject(FaultRule rule) {
        rules.add(new MutableRule(rule, rule.times()));
    }

    public synchronized void clear() {
        rules.clear();
    }

    public synchronized List<FaultRule> pending() {
        return rules.stream().map(r -> new FaultRule(r.rule.operation(), r.rule.kind(), r.remaining,
                r.rule.delayMillis())).toList();
    }

    public synchronized long fired() {
        return fired;
    }

    /** Taken by {@link HttpFaultFilter} in front of the endpoint, before the SOAP layer sees the request. */
    public Optional<FaultRule> takeHttp503(String operation) {
        return take(operation, EnumSet.of(FaultKind.HTTP_503_BEFORE));
    }

    public Optional<FaultRule> takeBefore(String operation) {
        return take(operation, BEFORE);
    }

    public Optional<FaultRule> takeRecordFault(String operation) {
        return take(operation, EnumSet.of(FaultKind.RECORD_CHANGED));
    }

    public Optional<FaultRule> takeAfterCommit(String operation) {
        return take(operation, AFTER);
    }

    private synchronized Optional<FaultRule> take(String operation, Set<FaultKind> kinds) {
        Iterator<MutableRule> iterator = rules.iterator();
        while (iterator.hasNext()) {
            MutableRule candidate = iterator.next();
            if (kinds.contains(candidate.rule.kind()) && candidate.rule.matches(operation)) {
                if (--candidate.remaining == 0) {
                    iterator.remove();
                }
                fired++;
                return Optional.of(candidate.rule);
            }
        }
        return Optional.empty();
    }

    private static final class MutableRule {
        final FaultRule rule;
        int remaining;

        MutableRule(FaultRule rule, int remaining) {
            this.rule = rule;
            this.remaining = remaining;
        }
    }
}
