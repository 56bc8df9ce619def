package io.suitetok.netsuite.gateway;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Money paid back to the customer against a Credit Memo (applied to it), from the shop's configured
 * account (TikTok's clearing account, say: TikTok pays the buyer and takes it from the payout).
 *
 * @param externalId             {@code TTS-CR-<shopId>-<returnId>}
 * @param creditMemoExternalId   {@code TTS-CM-<shopId>-<returnId>}; the refund is applied to it
 * @param account                the account the money leaves
 * @param paymentMethod          optional
 */
public record CustomerRefundDraft(String externalId, String creditMemoExternalId, NetSuiteInternalId customer,
                                  NetSuiteInternalId subsidiary, NetSuiteInternalId currency,
                                  NetSuiteInternalId account, NetSuiteInternalId paymentMethod, LocalDate tranDate,
                                  BigDecimal amount, String memo, Map<String, String> customFields) {

    public CustomerRefundDraft {
        Required.present("externalId", externalId, "creditMemoExternalId", creditMemoExternalId,
                "customer", customer, "currency", currency, "account", account, "tranDate", tranDate,
                "amount", amount);
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a refund amount must be positive");
        }
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }
}
