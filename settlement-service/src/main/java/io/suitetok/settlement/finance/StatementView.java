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

/** A statement as finance reads it (read-only: the intake writes the table through JdbcTemplate). */
@Entity
@Immutable
@Table(name = "statement")
public class StatementView {

    @Id
    @Column(name = "statement_id")
    private String statementId;
    private String shopId;
    private Instant statementTime;
    private String currency;
    private BigDecimal settlementAmount;
    private BigDecimal revenueAmount;
    private BigDecimal feeAmount;
    private BigDecimal adjustmentAmount;
    private String paymentStatus;
    private String paymentId;
    private int lineCount;
    private BigDecimal linesSettlement;
    private int unmatchedCount;
    private String state;
    @JdbcTypeCode(SqlTypes.JSON)
    private String reasons;
    private String journalEntryId;
    private Instant ingestedAt;
    private Instant postedAt;

    protected StatementView() {
    }

    public String getStatementId() {
        return statementId;
    }

    public String getShopId() {
        return shopId;
    }

    public Instant getStatementTime() {
        return statementTime;
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

    public String getPaymentStatus() {
        return paymentStatus;
    }

    public String getPaymentId() {
        return paymentId;
    }

    public int getLineCount() {
        return lineCount;
    }

    public BigDecimal getLinesSettlement() {
        return linesSettlement;
    }

    public int getUnmatchedCount() {
        return unmatchedCount;
    }

    public String getState() {
        return state;
    }

    public String getReasons() {
        return reasons;
    }

    public String getJournalEntryId() {
        return journalEntryId;
    }

    public Instant getIngestedAt() {
        return ingestedAt;
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
