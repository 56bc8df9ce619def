package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.transactions.bank_2025_2.Deposit;
import com.netsuite.webservices.transactions.bank_2025_2.DepositOther;
import com.netsuite.webservices.transactions.bank_2025_2.DepositOtherList;
import io.suitetok.netsuite.gateway.DepositDraft;

/**
 * A {@link DepositDraft} as a SuiteTalk {@code Deposit} whose money comes from "other" lines. NetSuite's
 * Deposit has no currency field to send: it is in the bank account's currency, so the draft's currency
 * is what the caller expects that account to hold, not something written.
 */
final class DepositMapper {

    private DepositMapper() {
    }

    static Deposit toDeposit(DepositDraft draft) {
        Deposit deposit = new Deposit();
        deposit.setExternalId(draft.externalId());
        deposit.setSubsidiary(SalesOrderMapper.ref(draft.subsidiary()));
        deposit.setAccount(SalesOrderMapper.ref(draft.bankAccount()));
        deposit.setTranDate(SalesOrderMapper.asTranDate(draft.tranDate()));
        deposit.setMemo(draft.memo());
        DepositOtherList others = new DepositOtherList();
        // A re-run of the same payout replaces the stored lines: the deposit never grows on retry.
        others.setReplaceAll(true);
        for (DepositDraft.Line draftLine : draft.lines()) {
            DepositOther other = new DepositOther();
            other.setAccount(SalesOrderMapper.ref(draftLine.account()));
            other.setAmount(draftLine.amount());
            other.setMemo(draftLine.memo());
            others.getDepositOther().add(other);
        }
        deposit.setOtherList(others);
        deposit.setCustomFieldList(SalesOrderMapper.customFields(draft.customFields()));
        return deposit;
    }
}
