package io.suitetok.localstack;

import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import io.suitetok.sandbox.netsuite.account.PostedDeposit;
import io.suitetok.sandbox.netsuite.account.PostedJournalEntry;
import io.suitetok.sandbox.netsuite.account.ReturnDocument;
import io.suitetok.sandbox.netsuite.account.SimulatedAccount;
import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * After the day's statements, from TikTok's statements and NetSuite's books, with the hub's copy read as
 * finance reads it ({@code /finance/statements/{id}}): every TikTok statement stored with every one of its
 * transactions and TikTok's amounts; its totals equal to the sum of its lines, on both sides, to the cent;
 * every line matched (an order to its Sales Order, a refund to its credited return, an adjustment to its
 * account) or surfaced with a reason the day explains: the fee TikTok charged under a field the books do not
 * know (which must be surfaced, never dropped), or an order the hub never wrote to NetSuite. One balanced
 * Journal Entry per statement debiting TikTok's clearing account with the settlement, the unknown fee in
 * suspense; one Deposit per paid payout of its amount into the shop's bank; nothing posted twice or for
 * nothing.
 */
final class SettlementInvariant {

    private static final Set<String> MATCHES = Set.of("ORDER", "REFUND", "ADJUSTMENT", "UNMATCHED");
    private static final int PAGE = 1000;

    private final SimulatorControl tiktok;
    private final SimulatedAccount netsuite;
    private final OpsClient finance = new OpsClient(LocalCallers.FINANCE_TOKEN);

    SettlementInvariant(SimulatorControl tiktok, SimulatedAccount netsuite) {
        this.tiktok = tiktok;
        this.netsuite = netsuite;
    }

    /** The books of one shop, as the stack configured them ({@link HubServiceSettings#settlement()}). */
    private record Books(String clearing, String bank, String suspense) {

        static Books of(String shop) {
            return shop.equals(ShopDirectory.US_SHOP_ID)
                    ? new Books(NetSuiteEstate.TIKTOK_CLEARING_ACCOUNT, NetSuiteEstate.US_BANK, NetSuiteEstate.US_SUSPENSE)
                    : new Books(NetSuiteEstate.UK_CLEARING, NetSuiteEstate.UK_BANK, NetSuiteEstate.UK_SUSPENSE);
        }
    }

    Invariants.Result check(DayLedger ledger, String settlementUrl) {
        List<String> mismatches = new ArrayList<>();
        Set<String> salesOrders = netsuite.records(SalesOrder.class).stream().map(SalesOrder::getExternalId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> returnDocuments = netsuite.returnDocuments().stream().map(ReturnDocument::externalId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, List<PostedJournalEntry>> entries = netsuite.journalEntries().stream()
                .filter(entry -> entry.externalId() != null)
                .collect(Collectors.groupingBy(PostedJournalEntry::externalId));
        Map<String, List<PostedDeposit>> deposits = netsuite.deposits().stream()
                .filter(deposit -> deposit.externalId() != null)
                .collect(Collectors.groupingBy(PostedDeposit::externalId));
        Set<String> expectedDocuments = new HashSet<>();
        Set<String> seen = new HashSet<>();
        LateRefundCheck lateRefunds = new LateRefundCheck(ledger.refundsAfterSettlement);
        int checked = 0;
        for (String shop : TradingDay.SHOPS) {
            Books books = Books.of(shop);
            for (Map<String, Object> statement : tiktok.statements(shop)) {
                String id = String.valueOf(statement.get("id"));
                String what = "statement " + id + " (shop " + shop + ", " + statement.get("currency") + ")";
                List<Map<String, Object>> transactions = tiktok.statementTransactions(id);
                checked += transactions.size();
                transactions.forEach(tx -> seen.add(String.valueOf(tx.get("id"))));
                BigDecimal settlement = amount(statement.get("settlement_amount"));
                checkTikTokTotals(what, statement, transactions, mismatches);
                Stored stored = read(settlementUrl, id);
                if (stored == null) {
                    mismatches.add(what + ": TikTok closed it but the hub has not stored it");
                    continue;
                }
                checkHubTotals(what, statement, transactions.size(), stored, mismatches);
                Map<String, JsonNode> lines = new HashMap<>();
                stored.lines.forEach(line -> lines.put(line.path("transactionId").asText(), line));
                for (Map<String, Object> transaction : transactions) {
                    JsonNode line = lines.remove(String.valueOf(transaction.get("id")));
                    lateRefunds.see(id, transaction, line);
                    checkLine(what, shop, transaction, line, ledger, salesOrders, returnDocuments, mismatches);
                }
                lines.keySet().forEach(tx -> mismatches.add(what + ": the hub holds line " + tx
                        + ", which TikTok's statement does not have"));

                String entryId = "TTS-STMT-" + shop + "-" + id;
                expectedDocuments.add(entryId);
                checkJournalEntry(what, entries.getOrDefault(entryId, List.of()), books, settlement,
                        unknownFees(transactions), mismatches);
                if ("PAID".equals(statement.get("payment_status"))) {
                    String depositId = "TTS-PAY-" + shop + "-" + statement.get("payment_id");
                    expectedDocuments.add(depositId);
                    checkDeposit(what, deposits.getOrDefault(depositId, List.of()), books,
                            settlement.max(BigDecimal.ZERO), mismatches);
                }
            }
        }
        mismatches.addAll(lateRefunds.mismatches());
        if (ledger.unknownFeeLines.isEmpty()) {
            mismatches.add("the day charged no unknown fee, so surfacing one went unchecked");
        }
        ledger.unknownFeeLines.stream().filter(tx -> !seen.contains(tx))
                .forEach(tx -> mismatches.add("the unknown fee's line " + tx + " is on no TikTok statement"));
        entries.keySet().stream().filter(id -> id.startsWith("TTS-STMT-") && !expectedDocuments.contains(id))
                .forEach(id -> mismatches.add("Journal Entry " + id + " matches no TikTok statement"));
        deposits.keySet().stream().filter(id -> id.startsWith("TTS-PAY-") && !expectedDocuments.contains(id))
                .forEach(id -> mismatches.add("Deposit " + id + " matches no paid TikTok payout"));
        return new Invariants.Result("statements matched or surfaced, posted and paid out, to the cent",
                "every TikTok line stored with its amounts and matched (ORDER/REFUND/ADJUSTMENT) or UNMATCHED with a "
                        + "reason: the unknown fee, an order never written; a refund after settlement a line of a "
                        + "later statement, matched to its return; totals = Σ lines; 1 balanced Journal "
                        + "Entry per statement, clearing debit = settlement; 1 Deposit per paid payout = its amount",
                checked, mismatches);
    }

    /** TikTok's own identity: the header is the sum of the transactions, field by field. */
    private static void checkTikTokTotals(String what, Map<String, Object> statement,
            List<Map<String, Object>> transactions, List<String> mismatches) {
        for (String field : List.of("settlement_amount", "revenue_amount", "fee_amount", "adjustment_amount")) {
            BigDecimal sum = transactions.stream().map(tx -> amount(tx.get(field))).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            if (sum.compareTo(amount(statement.get(field))) != 0) {
                mismatches.add(what + ": TikTok's " + field + " is " + statement.get(field) + " but its lines add up to "
                        + sum);
            }
        }
    }

    /** The hub's header is TikTok's, every line is there, the lines add up to it, and it is posted. */
    private static void checkHubTotals(String what, Map<String, Object> statement, int transactions, Stored stored,
            List<String> mismatches) {
        JsonNode header = stored.header;
        for (String field : List.of("settlement", "revenue", "fee", "adjustment")) {
            BigDecimal hub = decimal(header.path(field + "Amount"));
            BigDecimal theirs = amount(statement.get(field + "_amount"));
            BigDecimal lines = stored.lines.stream().map(line -> decimal(line.path(field + "Amount")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (hub.compareTo(theirs) != 0) {
                mismatches.add(what + ": the hub stored " + field + " " + hub + ", TikTok says " + theirs);
            } else if (lines.compareTo(hub) != 0) {
                mismatches.add(what + ": the hub's lines add up to " + field + " " + lines + ", its header is " + hub);
            }
        }
        if (header.path("lineCount").asInt() != transactions || stored.lines.size() != transactions) {
            mismatches.add(what + ": TikTok has " + transactions + " transactions, the hub counts "
                    + header.path("lineCount").asInt() + " and lists " + stored.lines.size());
        }
        if (decimal(header.path("linesSettlement")).compareTo(decimal(header.path("settlementAmount"))) != 0) {
            mismatches.add(what + ": the hub's lines_settlement " + header.path("linesSettlement")
                    + " is not its settlement " + header.path("settlementAmount"));
        }
        if (!"POSTED".equals(header.path("state").asText())) {
            mismatches.add(what + ": " + header.path("state").asText() + " in the hub, not POSTED ("
                    + header.path("reasons").asText() + ")");
        }
    }

    private static void checkLine(String what, String shop, Map<String, Object> transaction, JsonNode line,
            DayLedger ledger, Set<String> salesOrders, Set<String> returnDocuments, List<String> mismatches) {
        String tx = String.valueOf(transaction.get("id"));
        String where = what + " line " + tx + " (" + transaction.get("type")
                + (transaction.get("order_id") == null ? "" : " of order " + transaction.get("order_id")) + ")";
        if (line == null) {
            mismatches.add(where + ": missing from the hub");
            return;
        }
        if (decimal(line.path("settlementAmount")).compareTo(amount(transaction.get("settlement_amount"))) != 0) {
            mismatches.add(where + ": settles " + line.path("settlementAmount") + " in the hub, "
                    + transaction.get("settlement_amount") + " on TikTok");
        }
        String match = line.path("matchStatus").asText();
        String reason = line.path("matchReason").asText("");
        boolean unknownFee = ledger.unknownFeeLines.contains(tx);
        String orderId = String.valueOf(transaction.get("order_id"));
        boolean written = salesOrders.contains("TTS-" + shop + "-" + orderId);
        if (!MATCHES.contains(match)) {
            mismatches.add(where + ": left " + match + ", neither matched nor surfaced");
        } else if (unknownFee) {
            if (!match.equals("UNMATCHED") || !reason.contains(DaySettlement.UNKNOWN_FEE_FIELD)) {
                mismatches.add(where + ": carries " + DaySettlement.UNKNOWN_FEE_FIELD + " but is " + match
                        + " (" + reason + "), not surfaced with it");
            }
        } else if (match.equals("UNMATCHED")) {
            boolean neverWritten = "ORDER".equals(transaction.get("type")) && !written;
            if (reason.isBlank() || !neverWritten) {
                mismatches.add(where + ": surfaced (" + reason + ") though nothing the day did explains it");
            }
        } else if (match.equals("ORDER") && !("ORDER".equals(transaction.get("type")) && written)) {
            mismatches.add(where + ": matched to an order, but NetSuite has no Sales Order TTS-" + shop + "-" + orderId);
        } else if (match.equals("REFUND") && !returnDocuments.contains("TTS-CM-" + shop + "-"
                + line.path("returnId").asText())) {
            mismatches.add(where + ": matched to return " + line.path("returnId").asText()
                    + ", which has no Credit Memo in NetSuite");
        } else if (match.equals("ADJUSTMENT") && "ORDER".equals(transaction.get("type"))) {
            mismatches.add(where + ": an order's line matched as an adjustment");
        }
    }

    /** Debits equal credits; the clearing account takes the settlement, suspense the unknown fees. */
    private static void checkJournalEntry(String what, List<PostedJournalEntry> found, Books books,
            BigDecimal settlement, BigDecimal unknownFees, List<String> mismatches) {
        if (found.size() != 1) {
            mismatches.add(what + ": " + found.size() + " Journal Entries in NetSuite, expected 1");
            return;
        }
        PostedJournalEntry entry = found.get(0);
        BigDecimal debits = entry.lines().stream().map(PostedJournalEntry.Line::debit).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal credits = entry.lines().stream().map(PostedJournalEntry.Line::credit).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        if (debits.compareTo(credits) != 0) {
            mismatches.add(what + ": Journal Entry " + entry.externalId() + " debits " + debits + " and credits "
                    + credits);
        }
        BigDecimal clearing = net(entry, books.clearing());
        if (clearing.compareTo(settlement) != 0) {
            mismatches.add(what + ": Journal Entry debits clearing " + books.clearing() + " with " + clearing
                    + ", TikTok settles " + settlement);
        }
        BigDecimal suspense = net(entry, books.suspense());
        if (suspense.compareTo(unknownFees.negate()) != 0) {
            mismatches.add(what + ": Journal Entry puts " + suspense + " in suspense, the unknown fees are "
                    + unknownFees);
        }
    }

    private static void checkDeposit(String what, List<PostedDeposit> found, Books books, BigDecimal paid,
            List<String> mismatches) {
        if (found.size() != 1) {
            mismatches.add(what + ": " + found.size() + " Deposits of its payout in NetSuite, expected 1");
        } else if (found.get(0).total().compareTo(paid) != 0 || !books.bank().equals(found.get(0).bankAccount())) {
            mismatches.add(what + ": Deposit " + found.get(0).externalId() + " of " + found.get(0).total() + " into "
                    + found.get(0).bankAccount() + ", TikTok paid " + paid + " into " + books.bank());
        }
    }

    /** What the statement's fees under fields the books do not name add up to (negative: a cost). */
    private static BigDecimal unknownFees(List<Map<String, Object>> transactions) {
        return transactions.stream().map(tx -> amount(tx.get(DaySettlement.UNKNOWN_FEE_FIELD)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal net(PostedJournalEntry entry, String account) {
        return entry.lines().stream().filter(line -> account.equals(line.account()))
                .map(line -> line.debit().subtract(line.credit())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The hub's statement: its header and all its lines, page by page. */
    private record Stored(JsonNode header, List<JsonNode> lines) {
    }

    private Stored read(String settlementUrl, String statementId) {
        List<JsonNode> lines = new ArrayList<>();
        JsonNode header = null;
        int page = 0;
        int pages;
        do {
            JsonNode answer;
            try {
                answer = finance.get(settlementUrl + "/finance/statements/" + statementId + "?size=" + PAGE + "&page="
                        + page);
            } catch (IllegalStateException e) {
                return null;
            }
            header = answer.path("statement");
            answer.path("lines").path("items").forEach(lines::add);
            pages = answer.path("lines").path("totalPages").asInt();
            page++;
        } while (page < pages);
        return new Stored(header, lines);
    }

    private static BigDecimal amount(Object text) {
        return text == null || String.valueOf(text).isBlank() ? BigDecimal.ZERO : new BigDecimal(String.valueOf(text));
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? BigDecimal.ZERO : new BigDecimal(node.asText());
    }
}
