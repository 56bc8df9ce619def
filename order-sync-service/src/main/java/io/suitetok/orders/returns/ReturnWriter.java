package io.suitetok.orders.returns;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.order.Order;
import io.suitetok.netsuite.gateway.CreditMemoDraft;
import io.suitetok.netsuite.gateway.CustomerRefundDraft;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.ReturnAuthorizationDraft;
import io.suitetok.netsuite.gateway.ReturnReceiptDraft;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.orders.config.OrderProperties;
import io.suitetok.orders.config.OrderShopSettings;
import io.suitetok.orders.store.OrderSnapshotStore;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.model.event.EventCodec;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.outbox.OutboxWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what each queued return's TikTok status asks of NetSuite, in NetSuite's order: the Return
 * Authorization, then the Item Receipt once the goods are back, then the Credit Memo once TikTok refunded,
 * then the Customer Refund. One list call per kind of record per round, for every return that needs one;
 * a return whose step failed for a passing reason stays queued and goes on from that step next round, a
 * data error parks it with NetSuite's reasons. The internal id of each written record is kept, so no step
 * is written twice, and each record's external id makes a repeat after a lost answer find the first.
 * A return settled or parked is announced on {@code orders.returns.v1} (settlement matches refunds with it).
 */
public class ReturnWriter {

    private static final Logger log = LoggerFactory.getLogger(ReturnWriter.class);

    private final ReturnStore returns;
    private final OrderSnapshotStore orders;
    private final OrderStateStore states;
    private final SkuMappingReplica skus;
    private final NetSuiteGateway netsuite;
    private final OrderProperties properties;
    private final TransactionTemplate transaction;
    private final ReturnAnnouncements announcements;

    public ReturnWriter(ReturnStore returns, OrderSnapshotStore orders, OrderStateStore states, SkuMappingReplica skus,
            NetSuiteGateway netsuite, OrderProperties properties, TransactionTemplate transaction, OutboxWriter outbox,
            EventCodec codec) {
        this.announcements = new ReturnAnnouncements(returns, outbox, codec);
        this.returns = returns;
        this.orders = orders;
        this.states = states;
        this.skus = skus;
        this.netsuite = netsuite;
        this.properties = properties;
        this.transaction = transaction;
    }

    /** One round; returns how many returns it settled (done or parked). */
    public int writeOnce() {
        Integer settled = transaction.execute(status -> {
            returns.markWaitingForSalesOrder();
            List<Work> batch = new ArrayList<>();
            int done = 0;
            for (StoredReturn stored : returns.lockPending(properties.returns().batchSize())) {
                Optional<Work> work = prepare(stored);
                if (work.isPresent()) {
                    batch.add(work.get());
                } else {
                    done++;
                }
            }
            returnAuthorizations(batch);
            receipts(batch);
            creditMemos(batch);
            customerRefunds(batch);
            for (Work work : batch) {
                if (work.parked) {
                    announcements.announce(work.stored, work.documents.platformRefund());
                    done++;
                } else if (!work.interrupted) {
                    returns.done(work.stored);
                    announcements.announce(work.stored, work.documents.platformRefund());
                    done++;
                }
            }
            return done;
        });
        return settled == null ? 0 : settled;
    }

    /** The return's documents, or empty when it was parked before any call (a problem the hub can see itself). */
    private Optional<Work> prepare(StoredReturn stored) {
        OrderReturn ret = stored.snapshot();
        OrderShopSettings shop = properties.shop(ret.shopId()).orElse(null);
        Optional<Order> order = orders.find(ret.shopId(), ret.orderId());
        List<String> problems = new ArrayList<>();
        if (shop == null) {
            problems.add("shop " + ret.shopId() + " has no hub.orders.shops entry");
        }
        if (order.isEmpty()) {
            problems.add("order " + ret.orderId() + " has no snapshot in the hub");
        }
        if (!ret.goodsComeBack() && !OrderReturn.REFUND.equals(ret.type())) {
            problems.add("TikTok return type " + ret.type() + " is not one the hub maps to NetSuite records "
                    + "(it maps RETURN_AND_REFUND and REFUND); book it in NetSuite by hand, or replay once supported");
        }
        if ("UNKNOWN".equals(ret.status())) {
            problems.add("TikTok return status is not one the hub knows; replay the return once it does");
        }
        if (!problems.isEmpty()) {
            park(stored, problems);
            announcements.announce(stored, null);
            return Optional.empty();
        }
        String customer = states.customerOf(ret.shopId(), ret.orderId()).orElse(null);
        ReturnDocuments documents = new ReturnDocuments(ret, order.get(), shop,
                sku -> skus.itemOf(ret.shopId(), sku.value()),
                new NetSuiteInternalId(customer != null ? customer : shop.defaultCustomer()), properties.bodyFields());
        if (!documents.problems().isEmpty()) {
            park(stored, documents.problems());
            announcements.announce(stored, documents.platformRefund());
            return Optional.empty();
        }
        return Optional.of(new Work(stored, documents));
    }

    private void returnAuthorizations(List<Work> batch) {
        Map<Work, ReturnAuthorizationDraft> drafts = new LinkedHashMap<>();
        for (Work work : batch) {
            StoredReturn stored = work.stored;
            OrderReturn ret = stored.snapshot();
            if (!ret.goodsComeBack()) {
                continue;
            }
            boolean close = ret.endedWithoutRefund();
            boolean missing = stored.raId() == null && !close;
            boolean trackingChanged = stored.raId() != null && !close && ret.trackingNumber() != null
                    && !ret.trackingNumber().equals(stored.raTracking());
            boolean toClose = stored.raId() != null && close && !stored.raClosed();
            if (missing || trackingChanged || toClose) {
                drafts.put(work, work.documents.returnAuthorization(close));
            }
        }
        write(drafts, netsuite::upsertReturnAuthorizations, (work, written) -> {
            OrderReturn ret = work.stored.snapshot();
            boolean closed = ret.endedWithoutRefund();
            returns.recordReturnAuthorization(work.stored, written.internalId().value(), ret.trackingNumber(), closed);
            work.raId = written.internalId().value();
            String step = closed ? "RETURN_AUTHORIZATION_CLOSED" : work.stored.raId() == null
                    ? "RETURN_AUTHORIZATION_WRITTEN" : "RETURN_AUTHORIZATION_UPDATED";
            journey(work, step, written.tranId().orElse(written.internalId().value())
                    + (ret.trackingNumber() == null ? "" : ", buyer's tracking " + ret.trackingNumber()));
        });
    }

    private void receipts(List<Work> batch) {
        Map<Work, ReturnReceiptDraft> drafts = new LinkedHashMap<>();
        for (Work work : batch) {
            OrderReturn ret = work.stored.snapshot();
            if (work.ready() && ret.goodsComeBack() && ret.received() && !ret.endedWithoutRefund()
                    && work.raId != null && work.stored.receiptId() == null) {
                Optional<ReturnReceiptDraft> receipt = work.documents.receipt();
                if (receipt.isPresent()) {
                    drafts.put(work, receipt.get());
                } else if (!work.documents.problems().isEmpty()) {
                    park(work, work.documents.problems());
                } else {
                    journey(work, "RETURN_NOT_RESTOCKED", "return " + ret.returnId() + ": no Item Receipt (disposition "
                            + "NOT_RESTOCKED)");
                }
            }
        }
        write(drafts, netsuite::addReturnReceipts, (work, written) -> {
            returns.recordReceipt(work.stored, written.internalId().value());
            ReturnReceiptDraft draft = drafts.get(work);
            journey(work, "RETURN_RECEIVED_IN_NETSUITE", written.internalId().value() + ": " + draft.lines().stream()
                    .map(line -> line.quantity().toPlainString() + " x item " + line.item().value() + " into location "
                            + line.location().value()).toList());
        });
    }

    private void creditMemos(List<Work> batch) {
        Map<Work, CreditMemoDraft> drafts = new LinkedHashMap<>();
        for (Work work : batch) {
            OrderReturn ret = work.stored.snapshot();
            boolean needsRa = ret.goodsComeBack();
            if (work.ready() && ret.refunded() && work.stored.creditMemoId() == null && (!needsRa || work.raId != null)) {
                CreditMemoDraft memo = work.documents.creditMemo(needsRa);
                if (!work.documents.problems().isEmpty()) {
                    park(work, work.documents.problems());
                } else if (memo.total().compareTo(work.documents.expectedCredit()) != 0) {
                    // TikTok's own figures disagree (unit refunds, shipping and tax against refund_total):
                    // crediting either figure would be a guess, so a person decides.
                    park(work, List.of("the credit memo would total " + memo.total().toPlainString() + " but TikTok "
                            + "refunded " + work.documents.expectedCredit().toPlainString() + " " + ret.currency()
                            + " (after tax TikTok remits); check the return in Seller Center"));
                } else {
                    drafts.put(work, memo);
                }
            }
        }
        write(drafts, netsuite::addCreditMemos, (work, written) -> {
            CreditMemoDraft memo = drafts.get(work);
            returns.recordCreditMemo(work.stored, written.internalId().value(), memo.total());
            work.creditMemoTotal = memo.total();
            journey(work, "CREDIT_MEMO_WRITTEN", written.tranId().orElse(written.internalId().value()) + ": "
                    + memo.total().toPlainString() + " " + work.stored.snapshot().currency());
        });
    }

    private void customerRefunds(List<Work> batch) {
        Map<Work, CustomerRefundDraft> drafts = new LinkedHashMap<>();
        for (Work work : batch) {
            java.math.BigDecimal credited = work.creditMemoTotal != null ? work.creditMemoTotal
                    : work.stored.creditedAmount();
            if (work.ready() && credited != null && work.stored.customerRefundId() == null) {
                Optional<CustomerRefundDraft> refund = work.documents.customerRefund(credited);
                if (refund.isPresent()) {
                    drafts.put(work, refund.get());
                } else if (!work.documents.problems().isEmpty()) {
                    park(work, work.documents.problems());
                }
            }
        }
        write(drafts, netsuite::addCustomerRefunds, (work, written) -> {
            returns.recordCustomerRefund(work.stored, written.internalId().value());
            journey(work, "CUSTOMER_REFUND_WRITTEN", written.tranId().orElse(written.internalId().value()) + ": "
                    + drafts.get(work).amount().toPlainString() + " " + work.stored.snapshot().currency());
        });
    }

    /** One list call for the drafts; each outcome is handled on its own. */
    private <D> void write(Map<Work, D> drafts, java.util.function.Function<List<D>, List<WriteOutcome>> call,
            BiConsumer<Work, WriteOutcome.Written> onWritten) {
        if (drafts.isEmpty()) {
            return;
        }
        List<Work> works = List.copyOf(drafts.keySet());
        List<WriteOutcome> outcomes = call.apply(List.copyOf(drafts.values()));
        for (int i = 0; i < works.size(); i++) {
            Work work = works.get(i);
            WriteOutcome outcome = outcomes.get(i);
            if (outcome instanceof WriteOutcome.Written written) {
                onWritten.accept(work, written);
            } else {
                WriteOutcome.Rejected rejected = (WriteOutcome.Rejected) outcome;
                if (rejected.retryable()) {
                    log.warn("return {} not written this time ({}); it stays queued", work.stored.returnId(),
                            rejected.code());
                    work.interrupted = true;
                } else {
                    park(work, rejected.errors().stream().map(error -> "NetSuite refused " + rejected.externalId()
                            .orElse("the record") + ": " + error.code() + " " + error.message()).toList());
                }
            }
        }
    }

    private void park(Work work, List<String> reasons) {
        work.parked = true;
        park(work.stored, reasons);
    }

    private void park(StoredReturn stored, List<String> reasons) {
        log.info("parking return {} of order {}: {}", stored.returnId(), stored.orderId(), reasons);
        returns.park(stored, reasons);
        states.journey(stored.shopId(), stored.orderId(), "RETURN_PARKED",
                "return " + stored.returnId() + ": " + String.join("; ", reasons));
    }

    private void journey(Work work, String step, String detail) {
        states.journey(work.stored.shopId(), work.stored.orderId(), step,
                "return " + work.stored.returnId() + ": " + detail);
    }

    /** One return's round: its documents and what this round did to it. */
    private static final class Work {
        final StoredReturn stored;
        final ReturnDocuments documents;
        String raId;
        java.math.BigDecimal creditMemoTotal;
        boolean parked;
        boolean interrupted;

        Work(StoredReturn stored, ReturnDocuments documents) {
            this.stored = stored;
            this.documents = documents;
            this.raId = stored.raId();
        }

        /** Later steps wait while an earlier one failed this round, or the return is parked. */
        boolean ready() {
            return !parked && !interrupted;
        }
    }
}
