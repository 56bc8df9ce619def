package io.suitetok.settlement.posting;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.DepositDraft;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.runtime.watermark.WatermarkStore;
import io.suitetok.settlement.config.SettlementProperties;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.finance.Payout;
import io.suitetok.tiktok.model.finance.PayoutPage;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * TikTok's payouts: read since the watermark and kept; each PAID one becomes a NetSuite Deposit
 * ({@code TTS-PAY-<shop>-<paymentId>}, upserted) into the shop's bank account, out of TikTok's clearing
 * account, so clearing goes back to what TikTok still holds.
 */
public class PayoutDeposits {

    private final TikTokShopClient tiktok;
    private final NetSuiteGateway netsuite;
    private final JdbcTemplate jdbc;
    private final WatermarkStore watermarks;
    private final SettlementProperties properties;
    private final Clock clock;

    public PayoutDeposits(TikTokShopClient tiktok, NetSuiteGateway netsuite, JdbcTemplate jdbc,
            WatermarkStore watermarks, SettlementProperties properties, Clock clock) {
        this.tiktok = tiktok;
        this.netsuite = netsuite;
        this.jdbc = jdbc;
        this.watermarks = watermarks;
        this.properties = properties;
        this.clock = clock;
    }

    public static String externalId(String shopId, String paymentId) {
        return "TTS-PAY-" + shopId + "-" + paymentId;
    }

    /** @return how many payouts were read */
    public int read(ShopContext shop) {
        Instant until = clock.instant();
        String mark = "tiktok-payments:" + shop.shopId().value();
        Instant since = watermarks.readUntil(mark).map(m -> m.minus(properties.overlap()))
                .orElse(until.minus(properties.firstLookback()));
        int read = 0;
        String token = null;
        do {
            PayoutPage page = tiktok.finance().payments(shop, since.getEpochSecond(),
                    until.plus(Duration.ofDays(1)).getEpochSecond(), token);
            for (Payout payout : page.payments() == null ? List.<Payout>of() : page.payments()) {
                store(shop.shopId().value(), payout);
                read++;
            }
            token = page.hasMore() ? page.nextPageToken() : null;
        } while (token != null);
        watermarks.advance(mark, until);
        return read;
    }

    /** Writes a Deposit for every PAID payout that has none yet. @return how many were written */
    public int deposit(String shopId) {
        SettlementProperties.Shop shop = properties.shop(shopId).orElse(null);
        if (shop == null) {
            return 0;
        }
        List<Map<String, Object>> due = jdbc.queryForList("select payment_id, amount, currency, paid_time, "
                + "create_time from payment where shop_id = ? and status = 'PAID' and deposit_id is null order by "
                + "create_time", shopId);
        int written = 0;
        for (Map<String, Object> payment : due) {
            String paymentId = (String) payment.get("payment_id");
            BigDecimal amount = (BigDecimal) payment.get("amount");
            Timestamp when = (Timestamp) (payment.get("paid_time") != null ? payment.get("paid_time")
                    : payment.get("create_time"));
            LocalDate day = when.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            Map<String, String> custom = new LinkedHashMap<>();
            custom.put(properties.bodyFields().source(), "TikTok Shop");
            custom.put(properties.bodyFields().shopId(), shopId);
            custom.put(properties.bodyFields().paymentId(), paymentId);
            DepositDraft draft = new DepositDraft(externalId(shopId, paymentId), new NetSuiteInternalId(shop.subsidiary()),
                    new NetSuiteInternalId(shop.currency()), new NetSuiteInternalId(shop.bank()), day,
                    "TikTok Shop payout " + paymentId, List.of(new DepositDraft.Line(new NetSuiteInternalId(
                    shop.clearing()), amount, "TikTok payout " + paymentId)), custom);
            WriteOutcome outcome = netsuite.upsertDeposits(List.of(draft)).get(0);
            if (outcome instanceof WriteOutcome.Written deposited) {
                jdbc.update("update payment set deposit_id = ?, reasons = '[]' where payment_id = ?",
                        deposited.internalId().value(), paymentId);
                written++;
            } else if (!((WriteOutcome.Rejected) outcome).retryable()) {
                WriteOutcome.Rejected rejected = (WriteOutcome.Rejected) outcome;
                jdbc.update("update payment set reasons = to_jsonb(array[?]) where payment_id = ?",
                        "NetSuite refused the Deposit: " + rejected.code() + " " + rejected.message(), paymentId);
            }
        }
        return written;
    }

    private void store(String shopId, Payout payout) {
        BigDecimal amount = payout.amount() == null || payout.amount().value() == null ? BigDecimal.ZERO
                : new BigDecimal(payout.amount().value());
        String currency = payout.amount() == null ? null : payout.amount().currency();
        jdbc.update("insert into payment (payment_id, shop_id, create_time, paid_time, status, amount, currency, "
                + "settlement_amount, reserve_amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (payment_id) do "
                + "update set paid_time = excluded.paid_time, status = excluded.status, amount = excluded.amount, "
                + "settlement_amount = excluded.settlement_amount, reserve_amount = excluded.reserve_amount",
                payout.id(), shopId, timestamp(payout.createTime()), timestamp(payout.paidTime()),
                payout.status() == null ? "UNKNOWN" : payout.status(), amount, currency == null ? "" : currency,
                decimal(payout.settlementAmount()), decimal(payout.reserveAmount()));
    }

    private static Timestamp timestamp(Long seconds) {
        return seconds == null ? null : Timestamp.from(Instant.ofEpochSecond(seconds));
    }

    private static BigDecimal decimal(Payout.Amount amount) {
        return amount == null || amount.value() == null ? null : new BigDecimal(amount.value());
    }
}
