package io.suitetok.pricing.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The price each SKU should show per shop, what TikTok accepted, and parked reasons. */
@Repository
public class SkuPriceStore {

    /**
     * A computed price and its version: a newer {@code effectiveFrom} wins, and NetSuite's
     * {@code sourceModified} breaks a tie.
     *
     * @param steps  the boundary rule's steps, one per line
     * @param source what the price came from (price level, schedule or promotion id)
     */
    public record Desired(String shopId, String sellerSku, String itemId, String currency, BigDecimal price,
            List<String> steps, String source, Instant sourceModified, Instant effectiveFrom) {
    }

    /** The stored row. */
    public record StoredPrice(String shopId, String sellerSku, String itemId, String currency, BigDecimal price,
            List<String> steps, String source, Instant sourceModified, Instant effectiveFrom, BigDecimal pushedPrice,
            Instant pushedAt, boolean pushDue, int attempts, String lastError, String parkedReason) {
    }

    /** What storing a computed price did. */
    public enum Stored {
        /** First price for the SKU, or a new amount: it will be pushed. */
        CHANGED,
        /** Same amount as stored: the version moved on, nothing to push. */
        SAME,
        /** Older than the stored price: ignored. */
        STALE
    }

    private static final RowMapper<StoredPrice> ROW = (rs, n) -> new StoredPrice(rs.getString("shop_id"),
            rs.getString("seller_sku"), rs.getString("netsuite_item_id"), rs.getString("currency"),
            rs.getBigDecimal("price"), rs.getString("steps").isEmpty() ? List.of() : List.of(rs.getString("steps").split("\n")), rs.getString("source"),
            rs.getTimestamp("source_modified").toInstant(), rs.getTimestamp("effective_from").toInstant(),
            rs.getBigDecimal("pushed_price"), instant(rs.getTimestamp("pushed_at")), rs.getBoolean("push_due"),
            rs.getInt("attempts"), rs.getString("last_error"), rs.getString("parked_reason"));

    private final JdbcTemplate jdbc;

    public SkuPriceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String UPSERT = "insert into sku_price (shop_id, seller_sku, netsuite_item_id, currency, "
            + "price, steps, source, source_modified, effective_from) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "on conflict (shop_id, seller_sku) do update set netsuite_item_id = excluded.netsuite_item_id, "
            + "currency = excluded.currency, price = excluded.price, steps = excluded.steps, "
            + "source = excluded.source, source_modified = excluded.source_modified, "
            + "effective_from = excluded.effective_from, computed_at = clock_timestamp(), "
            + "push_due = sku_price.push_due or sku_price.pushed_price is distinct from excluded.price "
            + "or sku_price.currency is distinct from excluded.currency, "
            + "parked_reason = case when sku_price.price = excluded.price and sku_price.currency = excluded.currency "
            + "then sku_price.parked_reason end, "
            + "attempts = case when sku_price.price = excluded.price then sku_price.attempts else 0 end, "
            + "next_attempt_at = case when sku_price.price = excluded.price then sku_price.next_attempt_at end "
            + "where (excluded.effective_from, excluded.source_modified) "
            + ">= (sku_price.effective_from, sku_price.source_modified)";

    private static final String ACCEPTED = "update sku_price set pushed_price = ?, pushed_at = clock_timestamp(), "
            + "attempts = 0, last_error = null, next_attempt_at = null, push_due = (price <> ?) "
            + "where shop_id = ? and seller_sku = ?";

    /** Stores a computed price unless a newer one is stored; a changed amount becomes due (and unparked). */
    public Stored store(Desired desired) {
        Optional<StoredPrice> before = find(desired.shopId(), desired.sellerSku());
        int rows = jdbc.update(UPSERT, upsertArguments(desired));
        return outcome(desired, before.orElse(null), rows);
    }

    /**
     * {@link #store} for many prices, in three statements rather than two per price (a NetSuite page of a
     * thousand items is stored at once). Returns what storing each did, in the order given.
     */
    public List<Stored> storeAll(List<Desired> desired) {
        if (desired.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, StoredPrice>> before = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (Desired price : desired) {
            if (!keys.add(price.shopId() + "\n" + price.sellerSku())) {
                // The same SKU twice: each must see what the one before it stored, so one at a time.
                return desired.stream().map(this::store).toList();
            }
        }
        desired.stream().collect(Collectors.groupingBy(Desired::shopId, Collectors.mapping(Desired::sellerSku,
                Collectors.toList()))).forEach((shopId, skus) -> before.put(shopId, findAll(shopId, skus)));
        int[] rows = jdbc.batchUpdate(UPSERT, desired.stream().map(SkuPriceStore::upsertArguments).toList());
        List<Stored> stored = new ArrayList<>(desired.size());
        for (int i = 0; i < desired.size(); i++) {
            Desired price = desired.get(i);
            stored.add(outcome(price, before.get(price.shopId()).get(price.sellerSku()), rows[i]));
        }
        return stored;
    }

    private static Object[] upsertArguments(Desired desired) {
        return new Object[] {desired.shopId(), desired.sellerSku(), desired.itemId(), desired.currency(),
                desired.price(), String.join("\n", desired.steps()), desired.source(),
                Timestamp.from(desired.sourceModified()), Timestamp.from(desired.effectiveFrom())};
    }

    private static Stored outcome(Desired desired, StoredPrice before, int rows) {
        if (rows == 0) {
            return Stored.STALE;
        }
        return before != null && before.price() != null && before.price().compareTo(desired.price()) == 0
                && before.currency().equals(desired.currency()) ? Stored.SAME : Stored.CHANGED;
    }

    public Optional<StoredPrice> find(String shopId, String sellerSku) {
        return jdbc.query("select * from sku_price where shop_id = ? and seller_sku = ?", ROW, shopId, sellerSku)
                .stream().findFirst();
    }

    /** The stored prices of these SKUs of one shop, by seller SKU (SKUs without one are left out). */
    public Map<String, StoredPrice> findAll(String shopId, Collection<String> sellerSkus) {
        Map<String, StoredPrice> found = new HashMap<>();
        if (sellerSkus.isEmpty()) {
            return found;
        }
        jdbc.query("select * from sku_price where shop_id = ? and seller_sku = any(?)", ROW, shopId,
                sellerSkus.toArray(String[]::new)).forEach(price -> found.put(price.sellerSku(), price));
        return found;
    }

    /** The shop's due, unparked prices whose retry time has come, oldest computed first. */
    public List<StoredPrice> due(String shopId, int limit) {
        return jdbc.query("select * from sku_price where shop_id = ? and push_due and parked_reason is null "
                + "and price is not null and (next_attempt_at is null or next_attempt_at <= clock_timestamp()) "
                + "order by computed_at limit ?",
                ROW, shopId, limit);
    }

    /** TikTok accepted {@code price}; the row stays due if a newer price arrived meanwhile. */
    public void accepted(String shopId, String sellerSku, BigDecimal price) {
        jdbc.update(ACCEPTED, price, price, shopId, sellerSku);
    }

    /** {@link #accepted} for the SKUs of one call, in one batch: seller SKU to the price TikTok accepted. */
    public void acceptedAll(String shopId, Map<String, BigDecimal> priceBySellerSku) {
        if (priceBySellerSku.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(ACCEPTED, priceBySellerSku.entrySet().stream()
                .map(sku -> new Object[] {sku.getValue(), sku.getValue(), shopId, sku.getKey()}).toList());
    }

    /** A failed push, tried again after {@code retryAt}. */
    public void failed(String shopId, String sellerSku, String error, Instant retryAt) {
        jdbc.update("update sku_price set attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
                + "where shop_id = ? and seller_sku = ?", error, Timestamp.from(retryAt), shopId, sellerSku);
    }

    /** A price that must wait (its SKU is in a promotion until {@code until}): neither failed nor parked. */
    public void holdUntil(String shopId, String sellerSku, String reason, Instant until) {
        jdbc.update("update sku_price set last_error = ?, next_attempt_at = ? where shop_id = ? and seller_sku = ?",
                reason, Timestamp.from(until), shopId, sellerSku);
    }

    /** A SKU the rule could not price: recorded without a price, parked with the reason. */
    public void unpriced(String shopId, String sellerSku, String itemId, String reason, java.time.Instant sourceModified,
            java.time.Instant effectiveFrom) {
        jdbc.update("insert into sku_price (shop_id, seller_sku, netsuite_item_id, steps, source, source_modified, "
                + "effective_from, parked_reason) values (?, ?, ?, '', 'none', ?, ?, ?) on conflict (shop_id, seller_sku) "
                + "do update set parked_reason = excluded.parked_reason", shopId, sellerSku, itemId,
                Timestamp.from(sourceModified), Timestamp.from(effectiveFrom), reason);
    }

    /** A price a person must look at; not pushed until replayed or a new price arrives. */
    public void park(String shopId, String sellerSku, String reason) {
        jdbc.update("update sku_price set parked_reason = ? where shop_id = ? and seller_sku = ?", reason, shopId,
                sellerSku);
    }

    /** Sends the SKU's price again at the next push round, parked or not. */
    public boolean repush(String shopId, String sellerSku) {
        return jdbc.update("update sku_price set parked_reason = null, push_due = true, attempts = 0, "
                + "next_attempt_at = null where shop_id = ? and seller_sku = ?", shopId, sellerSku) == 1;
    }

    /** Every shop's SKUs of a NetSuite item. */
    public List<StoredPrice> ofItem(String itemId) {
        return jdbc.query("select * from sku_price where netsuite_item_id = ? order by shop_id, seller_sku", ROW, itemId);
    }

    public List<StoredPrice> parked() {
        return jdbc.query("select * from sku_price where parked_reason is not null order by shop_id, seller_sku", ROW);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
