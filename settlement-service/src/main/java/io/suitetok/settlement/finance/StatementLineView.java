package io.suitetok.settlement.finance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One statement line with its match, as finance reads it (read-only). */
@Entity
@Immutable
@Table(name = "statement_line")
public class StatementLineView {

    @Id
    @Column(name = "transaction_id")
    private String transactionId;
    private String statementId;
    private String shopId;
    private String type;
    private String orderId;
    private String adjustmentId;
    private String adjustmentOrderId;
    private String currency;
    private BigDecimal settlementAmount;
    private BigDecimal revenueAmount;
    private BigDecimal feeAmount;
    private BigDecimal adjustmentAmount;
    private BigDecimal refundAmount;
    @JdbcTypeCode(SqlTypes.JSON)
    private String fees;
    @JdbcTypeCode(SqlTypes.JSON)
    private String unknownAmounts;
    private String matchStatus;
    private String matchReason;
    private String returnId;
    private String resolvedBy;
    private Instant resolvedAt;
    private String resolutionNote;

    protected StatementLineView() {
    }

    public String getTransactionId() {
        return transactionId;
    }

    public String getStatementId() {
        return statementId;
    }

    public String getShopId() {
        return shopId;
    }

    public String getType() {
        return type;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getAdjustmentId() {
        return adjustmentId;
    }

    public String getAdjustmentOrderId() {
        return adjustmentOrderId;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getSettlementAmount() {
        return settlementAmount;
    }

    public BigDecimal getRevenueAmount() {
        return revenueAmount;
    }

    public BigDecimal getFeeAmount() {
        return feeAmount;
    }

    public BigDecimal getAdjustmentAmount() {
        return adjustmentAmount;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public String getFees() {
        return fees;
    }

    public String getUnknownAmounts() {
        return unknownAmounts;
    }

    public String getMatchStatus() {
        return matchStatus;
    }

    public String getMatchReason() {
        return matchReason;
    }

    public String getReturnId() {
        return returnId;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }
}
