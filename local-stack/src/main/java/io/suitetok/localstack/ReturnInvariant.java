package io.suitetok.localstack;

import io.suitetok.localstack.DayLedger.DayReturn;
import io.suitetok.sandbox.netsuite.account.ReturnDocument;
import io.suitetok.sandbox.netsuite.account.SimulatedAccount;
import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After the day's returns, from TikTok's returns and NetSuite's documents (not the hub's tables): one
 * Return Authorization per return that sends goods back (closed when TikTok ended it without a refund),
 * none for a refund without return; one Credit Memo per refunded return crediting TikTok's refund to the
 * cent (less the sales tax TikTok remits), none otherwise; no Customer Refund, since both shops leave the
 * refund to TikTok's statements (a refund paid apart would count twice); and units received back only for returns TikTok says arrived: into the
 * shop's location when they are sellable (the US shop), into the damaged-goods location otherwise (the UK
 * shop), never for a refused parcel.
 */
final class ReturnInvariant {

    private final SimulatorControl tiktok;
    private final SimulatedAccount netsuite;

    ReturnInvariant(SimulatorControl tiktok, SimulatedAccount netsuite) {
        this.tiktok = tiktok;
        this.netsuite = netsuite;
    }

    @SuppressWarnings("unchecked")
    Invariants.Result check(DayLedger ledger, NetSuiteEstate.Estate estate) {
        Map<String, List<ReturnDocument>> documents = new HashMap<>();
        for (ReturnDocument document : netsuite.returnDocuments()) {
            if (document.externalId() != null) {
                documents.computeIfAbsent(document.externalId(), id -> new ArrayList<>()).add(document);
            }
        }
        List<String> mismatches = new ArrayList<>();
        Set<String> expectedIds = new HashSet<>();
        List<DayReturn> all = new ArrayList<>(ledger.returns);
        all.addAll(ledger.refundsAfterSettlement);
        for (DayReturn ret : all) {
            String suffix = ret.shopId() + "-" + ret.returnId();
            expectedIds.addAll(List.of("TTS-RA-" + suffix, "TTS-IR-" + suffix, "TTS-CM-" + suffix, "TTS-CR-" + suffix));
            Map<String, Object> view = tiktok.returnsOf(ret.orderId()).stream()
                    .filter(r -> ret.returnId().equals(r.get("return_id"))).findFirst().orElse(Map.of());
            String status = String.valueOf(view.get("return_status"));
            boolean goodsBack = "RETURN_AND_REFUND".equals(view.get("return_type"));
            boolean refunded = "RETURN_OR_REFUND_REQUEST_COMPLETE".equals(status);
            boolean received = goodsBack && refunded;
            String what = ret.kind() + " " + ret.returnId() + " (" + status + ")";
            List<ReturnDocument> ras = documents.getOrDefault("TTS-RA-" + suffix, List.of());
            List<ReturnDocument> receipts = documents.getOrDefault("TTS-IR-" + suffix, List.of());
            List<ReturnDocument> memos = documents.getOrDefault("TTS-CM-" + suffix, List.of());
            List<ReturnDocument> refunds = documents.getOrDefault("TTS-CR-" + suffix, List.of());
            if (!goodsBack && !ras.isEmpty()) {
                mismatches.add(what + ": a refund without return has " + ras.size() + " Return Authorization(s)");
            } else if (goodsBack && refunded && ras.size() != 1) {
                mismatches.add(what + ": " + ras.size() + " Return Authorizations, expected 1");
            } else if (goodsBack && !refunded && (ras.size() > 1 || ras.stream().anyMatch(ra -> ra.lines().stream()
                    .anyMatch(line -> !line.closed())))) {
                mismatches.add(what + ": ended without refund but has " + ras.size() + " RA(s) or one still open");
            }
            if (!refunded && !memos.isEmpty()) {
                mismatches.add(what + ": not refunded by TikTok but credited in NetSuite");
            }
            if (refunded) {
                Map<String, Object> amount = (Map<String, Object>) view.get("refund_amount");
                BigDecimal expected = amount(amount, "refund_total").subtract(amount(amount, "refund_tax"));
                if (memos.size() != 1) {
                    mismatches.add(what + ": " + memos.size() + " Credit Memos, expected 1");
                } else if (memos.get(0).total().compareTo(expected) != 0) {
                    mismatches.add(what + ": credited " + memos.get(0).total() + " but TikTok refunded " + expected
                            + " " + amount.get("currency") + " (less remitted tax)");
                }
                if (!refunds.isEmpty()) {
                    mismatches.add(what + ": the shop leaves refunds to settlement but has a Customer Refund");
                }
            }
            int unitsBack = received ? ((List<?>) view.getOrDefault("return_line_items", List.of())).size() : 0;
            BigDecimal receivedUnits = receipts.stream().flatMap(receipt -> receipt.lines().stream())
                    .map(ReturnDocument.Line::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            String expectedLocation = ret.shopId().equals(TradingDay.SHOPS.get(0)) ? NetSuiteEstate.CHICAGO
                    : NetSuiteEstate.MIDLANDS_RETURNS;
            if (receipts.size() > 1 || receivedUnits.compareTo(BigDecimal.valueOf(unitsBack)) != 0) {
                mismatches.add(what + ": " + receivedUnits + " units received in " + receipts.size()
                        + " receipt(s), but " + unitsBack + " came back");
            } else if (receipts.stream().flatMap(receipt -> receipt.lines().stream())
                    .anyMatch(line -> !expectedLocation.equals(line.location()))) {
                mismatches.add(what + ": received into a location other than " + expectedLocation);
            }
        }
        documents.keySet().stream().filter(id -> id.startsWith("TTS-") && !expectedIds.contains(id))
                .forEach(id -> mismatches.add(id + " matches no return of the day"));
        return new Invariants.Result("returns: one document each, credited to the cent",
                "goods back: 1 RA (closed if TikTok ended it); refund only: 0 RA; refunded: 1 Credit Memo = "
                        + "refund_total − refund_tax, no Customer Refund (settled by statements); received units = "
                        + "units TikTok says came back, into the shop's disposition location", all.size(), mismatches);
    }

    private static BigDecimal amount(Map<String, Object> fields, String name) {
        Object value = fields == null ? null : fields.get(name);
        return value == null || String.valueOf(value).isBlank() ? BigDecimal.ZERO : new BigDecimal(String.valueOf(value));
    }
}
