package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.transactions.general_2025_2.JournalEntry;
import com.netsuite.webservices.transactions.general_2025_2.JournalEntryLine;
import com.netsuite.webservices.transactions.general_2025_2.JournalEntryLineList;
import io.suitetok.netsuite.gateway.JournalEntryDraft;

/** A {@link JournalEntryDraft} as a SuiteTalk {@code JournalEntry}. */
final class JournalEntryMapper {

    private JournalEntryMapper() {
    }

    static JournalEntry toJournalEntry(JournalEntryDraft draft) {
        JournalEntry entry = new JournalEntry();
        entry.setExternalId(draft.externalId());
        entry.setSubsidiary(SalesOrderMapper.ref(draft.subsidiary()));
        entry.setCurrency(SalesOrderMapper.ref(draft.currency()));
        entry.setTranDate(SalesOrderMapper.asTranDate(draft.tranDate()));
        entry.setMemo(draft.memo());
        JournalEntryLineList lines = new JournalEntryLineList();
        // A re-run of the same statement replaces the stored lines instead of appending to them.
        lines.setReplaceAll(true);
        draft.lines().forEach(line -> lines.getLine().add(line(line)));
        entry.setLineList(lines);
        entry.setCustomFieldList(SalesOrderMapper.customFields(draft.customFields()));
        return entry;
    }

    private static JournalEntryLine line(JournalEntryDraft.Line draft) {
        JournalEntryLine line = new JournalEntryLine();
        line.setAccount(SalesOrderMapper.ref(draft.account()));
        // NetSuite wants one side per line: the zero side is left out rather than sent as 0.
        if (draft.debit().signum() > 0) {
            line.setDebit(draft.debit());
        }
        if (draft.credit().signum() > 0) {
            line.setCredit(draft.credit());
        }
        line.setMemo(draft.memo());
        line.setEntity(SalesOrderMapper.ref(draft.entity()));
        return line;
    }
}
