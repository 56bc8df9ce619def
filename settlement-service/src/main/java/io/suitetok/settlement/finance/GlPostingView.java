package io.suitetok.settlement.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** One GL line of a statement's Journal Entry (read-only). */
@Entity
@Immutable
@Table(name = "gl_posting")
public class GlPostingView {

    @Id
    private Long id;
    private String statementId;
    private String kind;
    private String feeType;
    private String account;
    private BigDecimal debit;
    private BigDecimal credit;
    private String currency;
    private String memo;

    protected GlPostingView() {
    }

    public Long getId() {
        return id;
    }

    public String getStatementId() {
        return statementId;
    }

    public String getKind() {
        return kind;
    }

    public String getFeeType() {
        return feeType;
    }

    public String getAccount() {
        return account;
    }

    public BigDecimal getDebit() {
        return debit;
    }

    public BigDecimal getCredit() {
        return credit;
    }

    public String getCurrency() {
        return currency;
    }

    public String getMemo() {
        return memo;
    }
}
