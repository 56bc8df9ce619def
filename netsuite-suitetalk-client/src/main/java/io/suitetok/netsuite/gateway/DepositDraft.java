package io.suitetok.netsuite.gateway;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A bank Deposit keyed by external id (a TikTok payout: {@code TTS-PAY-<shop>-<paymentId>}): money arriving
 * in {@code bankAccount}, taken from the accounts of its lines (TikTok's clearing account, say). Upserted,
 * so a re-run never deposits twice. The deposit's total is the sum of its lines.
 */
public record DepositDraft(String externalId, NetSuiteInternalId subsidiary, NetSuiteInternalId currency,
                           NetSuiteInternalId bankAccount, LocalDate tranDate, String memo, List<Line> lines,
                           Map<String, String> customFields) {

    public DepositDraft {
        Required.present("externalId", externalId, "subsidiary", subsidiary, "currency", currency,
                "bankAccount", bankAccount, "tranDate", tranDate, "lines", lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a deposit needs at least one line");
        }
        lines = List.copyOf(lines);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    public BigDecimal total() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Money from {@code account}; a negative amount takes money back out (a reserve withheld, say). */
    public record Line(NetSuiteInternalId account, BigDecimal amount, String memo) {

        public Line {
            Required.present("account", account, "amount", amount);
        }
    }
}
