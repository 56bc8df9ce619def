package io.suitetok.tiktok.model.finance;

import com.fasterxml.jackson.annotation.JsonCreator;
import tools.jackson.databind.JsonNode;

/**
 * One SKU's share of an order's settlement: the only place finance data carries a quantity. TikTok
 * names the SKU by id and names only; there is no seller SKU on the row, so match it through the
 * order's lines ({@code sku_id}).
 */
public record SkuStatementTransaction(
        String skuId,
        String skuName,
        String productName,
        Integer quantity,
        String currency,
        SettlementAmounts amounts) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static SkuStatementTransaction read(JsonNode row) {
        return new SkuStatementTransaction(FinanceRows.text(row, "sku_id"), FinanceRows.text(row, "sku_name"),
                FinanceRows.text(row, "product_name"), FinanceRows.integer(row, "quantity"),
                FinanceRows.text(row, "currency"), FinanceRows.amounts(row));
    }
}
