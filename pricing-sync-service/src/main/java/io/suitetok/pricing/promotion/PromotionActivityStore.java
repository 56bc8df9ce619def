package io.suitetok.pricing.promotion;

import io.suitetok.netsuite.gateway.PromotionSnapshot;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per NetSuite promotion and shop: the TikTok activity it became, a fingerprint of what was sent, its
 * state and reason, and each SKU's activity price. It is the memory the next NetSuite read is diffed
 * against, before and after a restart.
 */
@Repository
public class PromotionActivityStore {

    /** One promotion in one shop as stored. */
    public record StoredPromotion(String promotionId, String shopId, String code, String name, String kind,
            BigDecimal discount, PromotionState state, String reason, int generation, String title,
            String activityId, String fingerprint, Instant netsuiteStart, Instant netsuiteEnd, Instant begin,
            Instant end) {
    }

    private static final RowMapper<StoredPromotion> ROW = (rs, n) -> new StoredPromotion(rs.getString("promotion_id"),
            rs.getString("shop_id"), rs.getString("code"), rs.getString("name"), rs.getString("kind"),
            rs.getBigDecimal("discount"), PromotionState.valueOf(rs.getString("state")), rs.getString("reason"),
            rs.getInt("generation"), rs.getString("title"), rs.getString("activity_id"), rs.getString("fingerprint"),
            instant(rs, "netsuite_start"), instant(rs, "netsuite_end"), instant(rs, "begin_at"),
            instant(rs, "end_at"));

    private static final RowMapper<PromotionView.Sku> SKU = (rs, n) -> new PromotionView.Sku(rs.getString("seller_sku"),
            rs.getString("sku_id"), rs.getString("currency"), rs.getBigDecimal("shop_price").toPlainString(),
            rs.getBigDecimal("activity_price").toPlainString(), List.of(rs.getString("steps").split("\n")));

    private final JdbcTemplate jdbc;

    public PromotionActivityStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredPromotion> find(String promotionId, String shopId) {
        return jdbc.query("select * from promotion_activity where promotion_id = ? and shop_id = ?", ROW, promotionId,
                shopId).stream().findFirst();
    }

    /** Activities sent or being created: the ones to end when their promotion goes. */
    public List<StoredPromotion> open() {
        return jdbc.query("select * from promotion_activity where state in ('ACTIVE', 'CREATING') "
                + "order by promotion_id, shop_id", ROW);
    }

    /** The intent to create activity {@code title}, written before TikTok is called. */
    @Transactional
    public void creating(PromotionSnapshot promotion, String shopId, int generation, String title,
            ActivityWindow window) {
        upsert(promotion, shopId, PromotionState.CREATING, null, null);
        jdbc.update("update promotion_activity set generation = ?, title = ?, activity_id = null, begin_at = ?, "
                + "end_at = ? where promotion_id = ? and shop_id = ?", generation, title, Timestamp.from(window.begin()),
                Timestamp.from(window.end()), promotion.id(), shopId);
        deleteSkus(promotion.id(), shopId);
    }

    /** TikTok created (or a search found) the activity; its terms follow. */
    public void created(String promotionId, String shopId, String activityId, ActivityWindow window) {
        jdbc.update("update promotion_activity set activity_id = ?, begin_at = ?, end_at = ?, "
                + "updated_at = clock_timestamp() where promotion_id = ? and shop_id = ?", activityId,
                Timestamp.from(window.begin()), Timestamp.from(window.end()), promotionId, shopId);
    }

    /** TikTok took the activity's terms: these SKU prices are what buyers get in its window. */
    @Transactional
    public void active(PromotionSnapshot promotion, String shopId, String fingerprint, List<PlannedSku> skus) {
        upsert(promotion, shopId, PromotionState.ACTIVE, null, fingerprint);
        deleteSkus(promotion.id(), shopId);
        jdbc.batchUpdate("insert into promotion_activity_sku (promotion_id, shop_id, seller_sku, product_id, sku_id, "
                + "currency, shop_price, activity_price, steps) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                skus.stream().map(sku -> new Object[] {promotion.id(), shopId, sku.sellerSku(), sku.productId(),
                        sku.skuId(), sku.currency(), sku.shopPrice(), sku.activityPrice(),
                        String.join("\n", sku.steps())}).toList());
    }

    /** Never sent, with what to change; a later read with other terms is tried again. */
    @Transactional
    public void refused(PromotionSnapshot promotion, String shopId, String reason, String fingerprint) {
        upsert(promotion, shopId, PromotionState.REFUSED, reason, fingerprint);
        jdbc.update("update promotion_activity set activity_id = null, begin_at = null, end_at = null "
                + "where promotion_id = ? and shop_id = ?", promotion.id(), shopId);
        deleteSkus(promotion.id(), shopId);
    }

    /** The activity ended (TikTok deactivated it, or its time ran out); its SKU rows stay for the record. */
    public void deactivated(String promotionId, String shopId, String reason) {
        jdbc.update("update promotion_activity set state = 'DEACTIVATED', reason = ?, updated_at = clock_timestamp() "
                + "where promotion_id = ? and shop_id = ?", reason, promotionId, shopId);
    }

    /** The TikTok SKUs last sent in the promotion's activity in the shop. */
    public List<String> skuIds(String promotionId, String shopId) {
        return jdbc.queryForList("select sku_id from promotion_activity_sku where promotion_id = ? and shop_id = ?",
                String.class, promotionId, shopId);
    }

    /** Whether the TikTok SKU is in an activity buyers get at {@code now}. */
    public Optional<Instant> runningUntil(String shopId, String skuId, Instant now) {
        Timestamp at = Timestamp.from(now);
        return Optional.ofNullable(jdbc.queryForObject("select max(a.end_at) from promotion_activity_sku s "
                + "join promotion_activity a using (promotion_id, shop_id) where s.shop_id = ? and s.sku_id = ? "
                + "and a.state = 'ACTIVE' and a.begin_at <= ? and ? < a.end_at", Timestamp.class, shopId, skuId, at, at))
                .map(Timestamp::toInstant);
    }

    /** Every promotion in every shop, newest change first, with its SKUs. */
    public List<PromotionView> all() {
        return jdbc.query("select * from promotion_activity order by updated_at desc, promotion_id, shop_id", ROW)
                .stream().map(row -> view(row, skus(row, null))).toList();
    }

    /** The promotions that name the SKU in the shop (sent, or sent once), each with that SKU's terms only. */
    public List<PromotionView> forSku(String shopId, String sellerSku) {
        return jdbc.query("select a.* from promotion_activity a where a.shop_id = ? and exists (select 1 from "
                + "promotion_activity_sku s where s.promotion_id = a.promotion_id and s.shop_id = a.shop_id "
                + "and s.seller_sku = ?) order by a.begin_at desc nulls last", ROW, shopId, sellerSku)
                .stream().map(row -> view(row, skus(row, sellerSku))).toList();
    }

    private List<PromotionView.Sku> skus(StoredPromotion row, String sellerSku) {
        return sellerSku == null
                ? jdbc.query("select * from promotion_activity_sku where promotion_id = ? and shop_id = ? "
                        + "order by seller_sku", SKU, row.promotionId(), row.shopId())
                : jdbc.query("select * from promotion_activity_sku where promotion_id = ? and shop_id = ? "
                        + "and seller_sku = ? order by sku_id", SKU, row.promotionId(), row.shopId(), sellerSku);
    }

    private static PromotionView view(StoredPromotion row, List<PromotionView.Sku> skus) {
        return new PromotionView(row.promotionId(), row.code(), row.name(), row.shopId(), row.state(), row.reason(),
                row.activityId(), row.title(), row.begin(), row.end(), skus);
    }

    private void upsert(PromotionSnapshot promotion, String shopId, PromotionState state, String reason,
            String fingerprint) {
        jdbc.update("insert into promotion_activity (promotion_id, shop_id, code, name, kind, discount, state, reason, "
                + "fingerprint, netsuite_start, netsuite_end) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (promotion_id, shop_id) do update set code = excluded.code, name = excluded.name, "
                + "kind = excluded.kind, discount = excluded.discount, state = excluded.state, "
                + "reason = excluded.reason, fingerprint = excluded.fingerprint, "
                + "netsuite_start = excluded.netsuite_start, netsuite_end = excluded.netsuite_end, "
                + "updated_at = clock_timestamp()",
                promotion.id(), shopId, promotion.code(), promotion.name(), promotion.kind().name(),
                promotion.discount() == null ? BigDecimal.ZERO : promotion.discount(), state.name(), reason, fingerprint,
                timestamp(promotion.start()), timestamp(promotion.end()));
    }

    private void deleteSkus(String promotionId, String shopId) {
        jdbc.update("delete from promotion_activity_sku where promotion_id = ? and shop_id = ?", promotionId, shopId);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
