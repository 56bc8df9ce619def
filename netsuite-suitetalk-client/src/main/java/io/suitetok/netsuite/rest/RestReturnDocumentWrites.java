package io.suitetok.netsuite.rest;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.FaultClassifier;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.gateway.CreditMemoDraft;
import io.suitetok.netsuite.gateway.CustomerRefundDraft;
import io.suitetok.netsuite.gateway.NetSuiteError;
import io.suitetok.netsuite.gateway.ReturnAuthorizationDraft;
import io.suitetok.netsuite.gateway.ReturnReceiptDraft;
import io.suitetok.netsuite.gateway.ReturnedItem;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.netsuite.metrics.SuiteTalkMetrics;
import io.suitetok.netsuite.rest.RestRecordBodies.SourceLine;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The returns side of {@link RestNetSuiteGateway}, written so that a repeat never makes a second record,
 * as the SOAP adapter's adds do: a GET by external id first (a record NetSuite holds is answered Written,
 * an RA is updated), then the record is created with its external id in the body, by a transform of its
 * source (order → RA, RA → item receipt or credit memo) or a plain POST (standalone memo, refund); a
 * create refused with {@code DUP_RCRD} lost the race to an earlier one whose answer went missing, and is
 * answered with the record read by external id. One record at a time per thread, in parallel within
 * the share; outcomes in input order; every failure is that draft's Rejected outcome.
 */
final class RestReturnDocumentWrites {

    /** Same codes as the SOAP adapter's, so callers handle either adapter's outcomes alike. */
    static final String ITEM_NOT_ON_ORDER = "HUB_ITEM_NOT_ON_ORDER";
    static final String ITEM_NOT_ON_RETURN = "HUB_ITEM_NOT_ON_RETURN";
    static final String CREDIT_MEMO_NOT_FOUND = "HUB_CREDIT_MEMO_NOT_FOUND";

    private static final Logger log = LoggerFactory.getLogger(RestReturnDocumentWrites.class);
    private static final String RECORD = "/record/v1/";

    private final RestTransport transport;
    private final SuiteTalkMetrics metrics;
    private final ExecutorService senders;
    private final FaultClassifier classifier = new FaultClassifier();

    RestReturnDocumentWrites(RestTransport transport, SuiteTalkMetrics metrics, ExecutorService senders) {
        this.transport = transport;
        this.metrics = metrics;
        this.senders = senders;
    }

    List<WriteOutcome> returnAuthorizations(List<ReturnAuthorizationDraft> drafts) {
        return each("returnAuthorization", drafts, ReturnAuthorizationDraft::externalId, this::returnAuthorization);
    }

    List<WriteOutcome> itemReceipts(List<ReturnReceiptDraft> drafts) {
        return each("itemReceipt", drafts, ReturnReceiptDraft::externalId, this::itemReceipt);
    }

    List<WriteOutcome> creditMemos(List<CreditMemoDraft> drafts) {
        return each("creditMemo", drafts, CreditMemoDraft::externalId, this::creditMemo);
    }

    List<WriteOutcome> customerRefunds(List<CustomerRefundDraft> drafts) {
        return each("customerRefund", drafts, CustomerRefundDraft::externalId, this::customerRefund);
    }

    // ---- one record each ----------------------------------------------------------------------------

    private WriteOutcome returnAuthorization(ReturnAuthorizationDraft draft) {
        String type = "returnAuthorization";
        RestAnswer existing = byExternalId(type, draft.externalId(), true);
        if (existing.successful()) {
            RestAnswer updated = transport.put("rest.update." + type, eidPath(type, draft.externalId()),
                    RestRecordBodies.returnAuthorizationUpdate(draft, RestRecordBodies.itemLines(existing.body())));
            return updated.successful() ? written(draft.externalId(), updated) : rejected(draft.externalId(), updated);
        }
        if (!notFound(existing)) {
            return rejected(draft.externalId(), existing);
        }
        RestAnswer order = byExternalId("salesOrder", draft.salesOrderExternalId(), true);
        if (!order.successful()) {
            return rejected(draft.externalId(), order);
        }
        List<SourceLine> open = RestRecordBodies.itemLines(order.body()).stream().filter(line -> !line.closed())
                .toList();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ReturnedItem returned : draft.lines()) {
            SourceLine source = open.stream().filter(line -> line.item().equals(returned.item().value()))
                    .findFirst().orElse(null);
            if (source == null && !open.isEmpty()) {
                return new WriteOutcome.Rejected(draft.externalId(), ITEM_NOT_ON_ORDER, "item " + returned.item()
                        + " is not on an open line of sales order " + draft.salesOrderExternalId(),
                        FaultClass.DO_NOT_RETRY);
            }
            // With no open line at all the transform is sent as it is: NetSuite says why nothing can be returned.
            lines.add(RestRecordBodies.returnAuthorizationLine(returned, source, draft.closed()));
        }
        return create(type, draft.externalId(), transformPath("salesOrder", id(order), type),
                RestRecordBodies.returnAuthorization(draft, lines));
    }

    private WriteOutcome itemReceipt(ReturnReceiptDraft draft) {
        String type = "itemReceipt";
        RestAnswer existing = byExternalId(type, draft.externalId(), false);
        if (existing.successful()) {
            return written(draft.externalId(), existing);
        }
        if (!notFound(existing)) {
            return rejected(draft.externalId(), existing);
        }
        RestAnswer rma = byExternalId("returnAuthorization", draft.returnAuthorizationExternalId(), true);
        if (!rma.successful()) {
            return rejected(draft.externalId(), rma);
        }
        // What NetSuite prefills a receipt with: every open RA line with something left to receive.
        List<SourceLine> receivable = RestRecordBodies.itemLines(rma.body()).stream()
                .filter(line -> !line.closed() && line.remaining().signum() > 0).toList();
        Map<SourceLine, BigDecimal> taken = new IdentityHashMap<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ReturnReceiptDraft.Received received : draft.lines()) {
            List<SourceLine> ofItem = receivable.stream()
                    .filter(line -> line.item().equals(received.item().value())).toList();
            if (ofItem.isEmpty()) {
                if (receivable.isEmpty()) {
                    // Nothing to receive on the RA (closed, or all received): NetSuite's transform says which.
                    lines.add(RestRecordBodies.itemReceiptLine(null, received.item().value(), received.quantity(),
                            received.location(), true));
                    continue;
                }
                return new WriteOutcome.Rejected(draft.externalId(), ITEM_NOT_ON_RETURN, "item " + received.item()
                        + " is not on an open line of return authorization " + draft.returnAuthorizationExternalId(),
                        FaultClass.DO_NOT_RETRY);
            }
            // Spread over the RA lines of the item, up to what each has left; any excess stays on the last
            // line for NetSuite to refuse with its own message (as the SOAP adapter does).
            BigDecimal left = received.quantity();
            for (int k = 0; k < ofItem.size() && left.signum() > 0; k++) {
                SourceLine source = ofItem.get(k);
                BigDecimal room = source.remaining().subtract(taken.getOrDefault(source, BigDecimal.ZERO))
                        .max(BigDecimal.ZERO);
                BigDecimal quantity = k == ofItem.size() - 1 ? left : left.min(room);
                if (quantity.signum() == 0) {
                    continue;
                }
                taken.merge(source, quantity, BigDecimal::add);
                lines.add(RestRecordBodies.itemReceiptLine(source, source.item(), quantity, received.location(), true));
                left = left.subtract(quantity);
            }
        }
        for (SourceLine untouched : receivable) {
            if (!taken.containsKey(untouched)) {
                lines.add(RestRecordBodies.itemReceiptLine(untouched, untouched.item(), untouched.remaining(), null,
                        false));
            }
        }
        return create(type, draft.externalId(), transformPath("returnAuthorization", id(rma), type),
                RestRecordBodies.itemReceipt(draft, lines));
    }

    private WriteOutcome creditMemo(CreditMemoDraft draft) {
        String type = "creditMemo";
        RestAnswer existing = byExternalId(type, draft.externalId(), false);
        if (existing.successful()) {
            return written(draft.externalId(), existing);
        }
        if (!notFound(existing)) {
            return rejected(draft.externalId(), existing);
        }
        if (draft.returnAuthorizationExternalId() == null) {
            return create(type, draft.externalId(), RECORD + type, RestRecordBodies.creditMemo(draft, false, List.of()));
        }
        RestAnswer rma = byExternalId("returnAuthorization", draft.returnAuthorizationExternalId(), true);
        if (!rma.successful()) {
            return rejected(draft.externalId(), rma);
        }
        List<SourceLine> open = RestRecordBodies.itemLines(rma.body()).stream().filter(line -> !line.closed())
                .toList();
        return create(type, draft.externalId(), transformPath("returnAuthorization", id(rma), type),
                RestRecordBodies.creditMemo(draft, true, open));
    }

    private WriteOutcome customerRefund(CustomerRefundDraft draft) {
        String type = "customerRefund";
        RestAnswer existing = byExternalId(type, draft.externalId(), false);
        if (existing.successful()) {
            return written(draft.externalId(), existing);
        }
        if (!notFound(existing)) {
            return rejected(draft.externalId(), existing);
        }
        RestAnswer memo = byExternalId("creditMemo", draft.creditMemoExternalId(), false);
        if (notFound(memo)) {
            // Retryable: once the memo's own write lands, the same refund goes through.
            return new WriteOutcome.Rejected(draft.externalId(), CREDIT_MEMO_NOT_FOUND, "NetSuite holds no credit"
                    + " memo " + draft.creditMemoExternalId() + " to apply the refund to", FaultClass.RETRY);
        }
        if (!memo.successful()) {
            return rejected(draft.externalId(), memo);
        }
        return create(type, draft.externalId(), RECORD + type, RestRecordBodies.customerRefund(draft, id(memo)));
    }

    // ---- the idempotent create ----------------------------------------------------------------------

    /** POST with the external id in the body; a duplicate is the record an earlier, unanswered POST made. */
    private WriteOutcome create(String type, String externalId, String path, Map<String, Object> body) {
        RestAnswer created = transport.post("rest.create." + type, path, body);
        if (created.successful()) {
            return written(externalId, created);
        }
        if ("DUP_RCRD".equals(created.errorCode())) {
            RestAnswer held = byExternalId(type, externalId, false);
            if (held.successful()) {
                return written(externalId, held);
            }
        }
        return rejected(externalId, created);
    }

    private RestAnswer byExternalId(String type, String externalId, boolean withLines) {
        return transport.get("rest.get." + type, eidPath(type, externalId)
                + (withLines ? "?expandSubResources=true" : ""));
    }

    private static String eidPath(String type, String externalId) {
        // A path segment: URLEncoder's '+' for a space would be a literal plus there.
        return RECORD + type + "/eid:" + URLEncoder.encode(externalId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A transform by the source's internal id; {@code replace=item} because the lines sent are the new
     * record's lines, as the SOAP adapter replaces what initialize prefilled.
     */
    private static String transformPath(String sourceType, String sourceId, String targetType) {
        return RECORD + sourceType + "/" + sourceId + "/!transform/" + targetType + "?replace=item";
    }

    private static boolean notFound(RestAnswer answer) {
        return answer.status() == 404;
    }

    private static String id(RestAnswer read) {
        return read.body().path("id").asString();
    }

    private static WriteOutcome written(String externalId, RestAnswer answer) {
        String internalId = answer.locationId() != null ? answer.locationId() : answer.body().path("id").asString("");
        if (internalId.isEmpty()) {
            return new WriteOutcome.Rejected(externalId, "HUB_NO_LOCATION",
                    "NetSuite answered " + answer.status() + " without a Location", FaultClass.RETRY);
        }
        return new WriteOutcome.Written(externalId, new NetSuiteInternalId(internalId), null);
    }

    private WriteOutcome rejected(String externalId, RestAnswer answer) {
        String code = answer.errorCode();
        String detail = answer.errorDetail();
        return new WriteOutcome.Rejected(externalId, code, detail, classifier.classifyCode(code, detail),
                List.of(new NetSuiteError("ERROR", code, detail)));
    }

    // ---- in parallel, one outcome each --------------------------------------------------------------

    private <D> List<WriteOutcome> each(String type, List<D> drafts, Function<D, String> externalId,
                                        Function<D, WriteOutcome> write) {
        String operation = "rest.write." + type;
        List<CompletableFuture<WriteOutcome>> sent = new ArrayList<>(drafts.size());
        for (D draft : drafts) {
            sent.add(CompletableFuture.supplyAsync(() -> guarded(type, externalId.apply(draft), () -> write.apply(draft)),
                    senders));
        }
        List<WriteOutcome> outcomes = sent.stream().map(CompletableFuture::join).toList();
        int written = (int) outcomes.stream().filter(WriteOutcome::written).count();
        metrics.records(operation, "written", written);
        metrics.records(operation, "rejected", outcomes.size() - written);
        return new ArrayList<>(outcomes);
    }

    private static WriteOutcome guarded(String type, String externalId, java.util.function.Supplier<WriteOutcome> write) {
        try {
            return write.get();
        } catch (SuiteTalkException e) {
            return new WriteOutcome.Rejected(externalId, e.fault().code(), e.fault().message(),
                    e.fault().faultClass());
        } catch (RuntimeException e) {
            // A fault of this client, not of the record: the record waits rather than failing the whole batch.
            log.error("REST write of {} {} failed in the client", type, externalId, e);
            return new WriteOutcome.Rejected(externalId, "HUB_CLIENT_ERROR", String.valueOf(e.getMessage()),
                    FaultClass.UNREADABLE_RESPONSE);
        }
    }
}
