package io.suitetok.sandbox.tiktok.promotions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One promotion activity of a shop with its SKUs' terms. Its status is never stored: it follows from
 * the shop clock, begin, end and a deactivation. Mutated only under the {@code StateLock}.
 */
public final class SimActivity {

    final String id;
    final String shopId;
    final String title;
    final ActivityKind kind;
    final String productLevel;
    final Instant begin;
    final Instant end;
    final Instant createTime;
    Instant updateTime;
    Instant deactivatedAt;
    /** Per SKU id, its terms oldest first. */
    final Map<String, List<SkuTerms>> terms = new LinkedHashMap<>();

    SimActivity(String id, String shopId, String title, ActivityKind kind, String productLevel, Instant begin,
            Instant end, Instant createTime) {
        this.id = id;
        this.shopId = shopId;
        this.title = title;
        this.kind = kind;
        this.productLevel = productLevel;
        this.begin = begin;
        this.end = end;
        this.createTime = createTime;
        this.updateTime = createTime;
    }

    public ActivityStatus statusAt(Instant now) {
        if (deactivatedAt != null && !now.isBefore(deactivatedAt)) {
            return ActivityStatus.DEACTIVATED;
        }
        if (now.isBefore(begin)) {
            return ActivityStatus.NOT_START;
        }
        return now.isBefore(end) ? ActivityStatus.ONGOING : ActivityStatus.EXPIRED;
    }

    /** When buyers stop getting its terms: the end, or the deactivation if that came first. */
    Instant effectiveEnd() {
        return deactivatedAt != null && deactivatedAt.isBefore(end) ? deactivatedAt : end;
    }

    /** Whether the two periods share an instant. */
    boolean overlaps(Instant otherBegin, Instant otherEnd) {
        return begin.isBefore(otherEnd) && otherBegin.isBefore(effectiveEnd());
    }

    /** The terms of a SKU that apply at {@code at}, if the activity runs then and holds the SKU. */
    Optional<SkuTerms> termsAt(String skuId, Instant at) {
        if (at.isBefore(begin) || !at.isBefore(effectiveEnd())) {
            return Optional.empty();
        }
        SkuTerms current = null;
        for (SkuTerms version : terms.getOrDefault(skuId, List.of())) {
            if (!version.since().isAfter(at)) {
                current = version;
            }
        }
        return Optional.ofNullable(current);
    }

    boolean holds(String skuId) {
        return terms.containsKey(skuId);
    }

    void put(SkuTerms version) {
        terms.computeIfAbsent(version.skuId(), sku -> new ArrayList<>()).add(version);
    }

    /** The instants at which this activity may change a SKU's buyer price. */
    List<Instant> turningPoints(String skuId) {
        List<Instant> points = new ArrayList<>(List.of(begin, effectiveEnd()));
        terms.getOrDefault(skuId, List.of()).forEach(version -> points.add(version.since()));
        return points;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public ActivityKind kind() {
        return kind;
    }

    public String productLevel() {
        return productLevel;
    }

    public Instant begin() {
        return begin;
    }

    public Instant end() {
        return end;
    }

    public Instant createTime() {
        return createTime;
    }

    public Instant updateTime() {
        return updateTime;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    /** The SKUs' current terms (latest version of each). */
    public List<SkuTerms> currentTerms() {
        return terms.values().stream().map(versions -> versions.get(versions.size() - 1)).toList();
    }
}
