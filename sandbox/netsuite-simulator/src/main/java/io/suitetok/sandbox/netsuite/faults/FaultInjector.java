package io.suitetok.sandbox.netsuite.faults;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
    private final List<SeededShare> shares = new ArrayList<>();
    private final Map<FaultKind, Long> firedByKind = new EnumMap<>(FaultKind.class);
    private long fired;

    public synchronized void inject(FaultRule rule) {
        rules.add(new MutableRule(rule, rule.times()));
    }

    /** Until {@link #clear()}: each matching request draws whether it gets the fault. */
    public synchronized void inject(FaultShare share) {
        shares.add(new SeededShare(share, new Random(share.seed())));
    }

    public synchronized void clear() {
        rules.clear();
        shares.clear();
    }

    public synchronized List<FaultShare> shares() {
        return shares.stream().map(SeededShare::share).toList();
    }

    /** How many requests each kind of fault has hit since the simulator started, rules and shares alike. */
    public synchronized Map<FaultKind, Long> firedByKind() {
        return Map.copyOf(firedByKind);
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
                return Optional.of(count(candidate.rule));
            }
        }
        for (SeededShare candidate : shares) {
            if (kinds.contains(candidate.share.kind()) && candidate.share.matches(operation)
                    && candidate.random.nextDouble() < candidate.share.share()) {
                return Optional.of(count(new FaultRule(operation, candidate.share.kind(), 1, 0)));
            }
        }
        return Optional.empty();
    }

    private FaultRule count(FaultRule rule) {
        fired++;
        firedByKind.merge(rule.kind(), 1L, Long::sum);
        return rule;
    }

    private record SeededShare(FaultShare share, Random random) {
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
