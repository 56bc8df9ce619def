package io.suitetok.settlement.finance;

import io.suitetok.runtime.audit.Caller;
import io.suitetok.runtime.web.PathIds;
import io.suitetok.settlement.config.SettlementProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What finance reads: statements by shop and period, one statement with its lines, the lines waiting for a
 * person (with a resolve action: who, when, note; the audit trail records the call), the reconciliation
 * diff, and the GL postings. Every list answers JSON, or CSV for {@code Accept: text/csv}, with the same
 * rows. Periods are UTC days, {@code from} inclusive and {@code to} exclusive. Everything needs the
 * {@code finance} role.
 */
@RestController
@Validated
@RequestMapping("/finance")
@Tag(name = "finance", description = "TikTok statements, matching, reconciliation and GL postings")
public class FinanceController {

    private static final String CSV = "text/csv";

    private final FinanceViews.Statements statements;
    private final FinanceViews.Lines lines;
    private final FinanceViews.Postings postings;
    private final Reconciliation reconciliation;
    private final SettlementProperties properties;
    private final JdbcTemplate jdbc;

    public FinanceController(FinanceViews.Statements statements, FinanceViews.Lines lines,
            FinanceViews.Postings postings, Reconciliation reconciliation, SettlementProperties properties,
            JdbcTemplate jdbc) {
        this.statements = statements;
        this.lines = lines;
        this.postings = postings;
        this.reconciliation = reconciliation;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @Operation(summary = "A shop's statements in a period, newest first, paged")
    @GetMapping("/shops/{shopId}/statements")
    public ResponseEntity<?> statements(@PathVariable @Pattern(regexp = PathIds.ID) String shopId,
            @RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size,
            @RequestHeader(value = "Accept", required = false) String accept) {
        Page<StatementView> found = statements.findByShopIdAndStatementTimeGreaterThanEqualAndStatementTimeLessThan(
                shopId, start(from), start(to), PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "statementTime")));
        return answer(accept, FinanceRows.STATEMENT, found, FinanceRows::of);
    }

    @Operation(summary = "One statement with a page of its lines and their match status")
    @GetMapping("/statements/{statementId}")
    public ResponseEntity<?> statement(@PathVariable @Pattern(regexp = PathIds.ID) String statementId,
            @RequestParam(required = false) @Pattern(regexp = "ORDER|REFUND|ADJUSTMENT|UNMATCHED") String status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size,
            @RequestHeader(value = "Accept", required = false) String accept) {
        StatementView statement = statements.findById(statementId).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "no statement " + statementId + " has been read"));
        PageRequest pageable = PageRequest.of(page, size, Sort.by("transactionId"));
        Page<StatementLineView> found = status == null ? lines.findByStatementId(statementId, pageable)
                : lines.findByStatementIdAndMatchStatus(statementId, status, pageable);
        if (wantsCsv(accept)) {
            return csv(FinanceRows.LINE, found.getContent().stream().map(FinanceRows::of).toList());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statement", FinanceRows.of(statement));
        body.put("lines", pageBody(found, FinanceRows::of));
        return ResponseEntity.ok(body);
    }

    @Operation(summary = "Lines matched to nothing and not resolved yet, with the reason, paged")
    @GetMapping("/shops/{shopId}/unmatched")
    public ResponseEntity<?> unmatched(@PathVariable @Pattern(regexp = PathIds.ID) String shopId,
            @RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size,
            @RequestHeader(value = "Accept", required = false) String accept) {
        Page<StatementLineView> found = lines.openUnmatched(shopId, start(from), start(to),
                PageRequest.of(page, size, Sort.by("transactionId")));
        return answer(accept, FinanceRows.LINE, found, FinanceRows::of);
    }

    /** The body of a resolve: what the person found or did. */
    public record Resolution(@Size(min = 1, max = 2000) String note) {
    }

    @Operation(summary = "Resolves an unmatched line: who, when and why are kept on the line and in the audit trail")
    @PostMapping("/lines/{transactionId}/resolve")
    public Map<String, Object> resolve(@PathVariable @Pattern(regexp = PathIds.ID) String transactionId,
            @RequestBody Resolution resolution) {
        if (resolution == null || resolution.note() == null || resolution.note().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a resolution needs a note saying what was done");
        }
        String who = Caller.current().map(Caller::name).orElse("unknown");
        int updated = jdbc.update("update statement_line set resolved_by = ?, resolved_at = now(), resolution_note = ? "
                + "where transaction_id = ? and match_status = 'UNMATCHED' and resolved_at is null", who,
                resolution.note(), transactionId);
        if (updated == 0) {
            boolean exists = Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from statement_line where "
                    + "transaction_id = ?)", Boolean.class, transactionId));
            throw new ResponseStatusException(exists ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND, exists
                    ? "line " + transactionId + " is matched or already resolved" : "no line " + transactionId);
        }
        // The statement's count of lines waiting for a person goes down with this one.
        jdbc.update("update statement s set unmatched_count = unmatched_count - 1 where s.statement_id = (select "
                + "statement_id from statement_line where transaction_id = ?)", transactionId);
        return FinanceRows.of(lines.findById(transactionId).orElseThrow());
    }

    @Operation(summary = "The period's reconciliation: statements' headers against their lines, settled, paid, deposited")
    @GetMapping("/shops/{shopId}/reconciliation")
    public Reconciliation.Period reconciliation(@PathVariable @Pattern(regexp = PathIds.ID) String shopId,
            @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return reconciliation.period(shopId, start(from), start(to));
    }

    @Operation(summary = "Per order: expected net against settled and paid, with the cause of each difference, paged")
    @GetMapping("/shops/{shopId}/reconciliation/orders")
    public ResponseEntity<?> orderDiffs(@PathVariable @Pattern(regexp = PathIds.ID) String shopId,
            @RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(defaultValue = "true") boolean onlyDifferences,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size,
            @RequestHeader(value = "Accept", required = false) String accept) {
        BigDecimal tolerance = properties.shop(shopId).map(SettlementProperties.Shop::tolerance)
                .orElse(new BigDecimal("0.01"));
        List<Map<String, Object>> rows = reconciliation.orders(shopId, start(from), start(to), tolerance,
                onlyDifferences, size, page * size).stream().map(FinanceRows::of).toList();
        if (wantsCsv(accept)) {
            return csv(FinanceRows.ORDER_DIFF, rows);
        }
        return ResponseEntity.ok(Map.of("page", page, "size", size, "items", rows));
    }

    @Operation(summary = "The GL lines posted for the period's statements (their Journal Entries)")
    @GetMapping("/shops/{shopId}/postings")
    public ResponseEntity<?> postings(@PathVariable @Pattern(regexp = PathIds.ID) String shopId,
            @RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestHeader(value = "Accept", required = false) String accept) {
        List<Map<String, Object>> rows = postings.ofPeriod(shopId, start(from), start(to)).stream()
                .map(FinanceRows::of).toList();
        if (wantsCsv(accept)) {
            return csv(FinanceRows.POSTING, rows);
        }
        return ResponseEntity.ok(Map.of("items", rows));
    }

    private static <T> ResponseEntity<?> answer(String accept, List<String> columns, Page<T> page,
            Function<T, Map<String, Object>> row) {
        if (wantsCsv(accept)) {
            return csv(columns, page.getContent().stream().map(row).toList());
        }
        return ResponseEntity.ok(pageBody(page, row));
    }

    private static <T> Map<String, Object> pageBody(Page<T> page, Function<T, Map<String, Object>> row) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", page.getNumber());
        body.put("size", page.getSize());
        body.put("totalItems", page.getTotalElements());
        body.put("totalPages", page.getTotalPages());
        body.put("items", page.getContent().stream().map(row).toList());
        return body;
    }

    private static ResponseEntity<String> csv(List<String> columns, List<Map<String, Object>> rows) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + "; charset=UTF-8"))
                .body(CsvTable.of(columns, rows));
    }

    private static boolean wantsCsv(String accept) {
        return accept != null && accept.contains(CSV);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
