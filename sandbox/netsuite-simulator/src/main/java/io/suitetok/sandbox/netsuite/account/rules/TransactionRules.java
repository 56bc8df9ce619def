package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.relationships_2025_2.Customer;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.transactions.bank_2025_2.Deposit;
import com.netsuite.webservices.transactions.bank_2025_2.DepositOther;
import com.netsuite.webservices.transactions.general_2025_2.JournalEntry;
import com.netsuite.webservices.transactions.general_2025_2.JournalEntryLine;
import com.netsuite.webservices.transactions.sales_2025_2.CashSale;
import com.netsuite.webservices.transactions.sales_2025_2.CashSaleItem;
import com.netsuite.webservices.transactions.sales_2025_2.Invoice;
import com.netsuite.webservices.transactions.sales_2025_2.InvoiceItem;
import io.suitetok.sandbox.netsuite.account.RecordError;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The finance transactions the settlement flow posts: cash sales, invoices, journal entries and
 * deposits (the return documents have rules of their own: {@link ReturnAuthorizationRules},
 * {@link ItemReceiptRules}, {@link CreditMemoRules}, {@link CustomerRefundRules}). Their references must exist, the
 * period must be open, item lines get amounts from quantity and rate, and a journal entry must
 * balance. They do not move stock in the simulator.
 */
public final class TransactionRules<T extends Record> implements RecordRules<T> {

    private final Class<T> type;

    private TransactionRules(Class<T> type) {
        this.type = type;
    }

    public static List<RecordRules<?>> all() {
        return List.of(new TransactionRules<>(CashSale.class), new TransactionRules<>(Invoice.class),
                new TransactionRules<>(JournalEntry.class),
                new TransactionRules<>(Deposit.class));
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public void validate(Write<T> write, AccountAccess account) {
        Record record = write.record();
        if (record instanceof CashSale sale) {
            header(account, sale.getEntity(), sale.getSubsidiary(), sale.getTranDate());
            if (sale.getItemList() != null) {
                sale.getItemList().getItem().forEach(line -> line(account, line.getItem(), line.getLocation(),
                        line.getQuantity(), line.getRate()));
            }
        } else if (record instanceof Invoice invoice) {
            header(account, invoice.getEntity(), invoice.getSubsidiary(), invoice.getTranDate());
            if (invoice.getItemList() != null) {
                invoice.getItemList().getItem().forEach(line -> line(account, line.getItem(), line.getLocation(),
                        line.getQuantity(), line.getRate()));
            }
        } else if (record instanceof JournalEntry entry) {
            account.requireIfPresent(RecordType.SUBSIDIARY, entry.getSubsidiary(), "subsidiary");
            LedgerChecks.currencyOfSubsidiary(account, entry.getCurrency(), entry.getSubsidiary());
            account.requireOpenPeriod(entry.getTranDate());
            balanced(entry);
            if (account.hasChartOfAccounts()) {
                entry.getLineList().getLine().forEach(line ->
                        LedgerChecks.postable(account, line.getAccount(), entry.getSubsidiary(), "account"));
            }
        } else if (record instanceof Deposit deposit) {
            account.requireIfPresent(RecordType.SUBSIDIARY, deposit.getSubsidiary(), "subsidiary");
            account.requireOpenPeriod(deposit.getTranDate());
            if (account.hasChartOfAccounts()) {
                deposits(account, deposit);
            }
        }
    }

    @Override
    public void apply(Write<T> write, AccountAccess account) {
        Record record = write.record();
        OffsetDateTime now = account.now();
        if (record instanceof CashSale sale) {
            sale.setTranDate(sale.getTranDate() == null ? now : sale.getTranDate());
            if (sale.getItemList() != null) {
                sale.setTotal(sale.getItemList().getItem().stream().map(TransactionRules::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        } else if (record instanceof Invoice invoice) {
            invoice.setTranDate(invoice.getTranDate() == null ? now : invoice.getTranDate());
            if (invoice.getItemList() != null) {
                BigDecimal total = invoice.getItemList().getItem().stream().map(TransactionRules::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                invoice.setTotal(total);
                invoice.setAmountRemaining(total);
            }
            invoice.setStatus("Open");
        } else if (record instanceof JournalEntry entry) {
            entry.setTranDate(entry.getTranDate() == null ? now : entry.getTranDate());
        } else if (record instanceof Deposit deposit) {
            deposit.setTranDate(deposit.getTranDate() == null ? now : deposit.getTranDate());
            if (deposit.getOtherList() != null) {
                deposit.setTotal(deposit.getOtherList().getDepositOther().stream().map(DepositOther::getAmount)
                        .map(Quantities::orZero).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        }
    }

    static void header(AccountAccess account, RecordRef entity, RecordRef subsidiary, OffsetDateTime date) {
        if (entity == null) {
            throw RecordError.missingValue("Customer");
        }
        account.require(RecordType.CUSTOMER, entity, "entity", Customer.class);
        account.requireIfPresent(RecordType.SUBSIDIARY, subsidiary, "subsidiary");
        account.requireOpenPeriod(date);
    }

    static void line(AccountAccess account, RecordRef item, RecordRef location, BigDecimal quantity,
                             String rate) {
        if (item == null) {
            throw RecordError.missingValue("Item");
        }
        account.require(RecordType.INVENTORY_ITEM, item, "item", InventoryItem.class);
        account.requireIfPresent(RecordType.LOCATION, location, "location");
        Quantities.requirePositive(quantity, "quantity");
        Quantities.rate(rate);
    }

    /** A deposit lands in a bank account and takes its money from accounts that exist. */
    private static void deposits(AccountAccess account, Deposit deposit) {
        if (!LedgerChecks.postable(account, deposit.getAccount(), deposit.getSubsidiary(), "account").isBank()) {
            throw new RecordError("INVALID_KEY_OR_REF", "Invalid account reference key "
                    + deposit.getAccount().getInternalId() + ": a deposit goes to a bank account.");
        }
        if (deposit.getOtherList() != null) {
            deposit.getOtherList().getDepositOther().forEach(line ->
                    LedgerChecks.postable(account, line.getAccount(), deposit.getSubsidiary(), "account"));
        }
    }

    private static void balanced(JournalEntry entry) {
        if (entry.getLineList() == null || entry.getLineList().getLine().isEmpty()) {
            throw new RecordError("USER_ERROR", "You must enter at least one line item for this transaction.");
        }
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (JournalEntryLine line : entry.getLineList().getLine()) {
            debits = debits.add(Quantities.orZero(line.getDebit()));
            credits = credits.add(Quantities.orZero(line.getCredit()));
        }
        if (debits.compareTo(credits) != 0) {
            throw new RecordError("USER_ERROR", "The transaction is out of balance: debits "
                    + debits.toPlainString() + ", credits " + credits.toPlainString() + ".");
        }
    }

    /** Sets a line's amount from quantity and rate, and returns it. */
    private static BigDecimal amount(Object line) {
        if (line instanceof CashSaleItem item) {
            item.setAmount(Quantities.amount(item.getQuantity(), orZero(Quantities.rate(item.getRate()))));
            return item.getAmount();
        }
        if (line instanceof InvoiceItem item) {
            item.setAmount(Quantities.amount(item.getQuantity(), orZero(Quantities.rate(item.getRate()))));
            return item.getAmount();
        }
        return BigDecimal.ZERO;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return Quantities.orZero(value);
    }
}
