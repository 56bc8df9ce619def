package io.suitetok.inventory.netsuite;

import io.suitetok.inventory.store.MovementStore;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.InvalidEventException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where NetSuite reports that stock moved (docs/netsuite/suitetok_stock_movement_ue.js): the items are
 * queued for a targeted read, so a change reaches TikTok without waiting for the next poll. The body
 * names items only; quantities are always read from NetSuite itself.
 */
@RestController
public class MovementController {

    private final MovementSignature signature;
    private final MovementStore movements;
    private final EventCodec codec;

    public MovementController(MovementSignature signature, MovementStore movements, EventCodec codec) {
        this.signature = signature;
        this.movements = movements;
        this.codec = codec;
    }

    @PostMapping("/inventory/movements")
    public ResponseEntity<Map<String, Object>> report(HttpServletRequest request,
            @RequestHeader(value = MovementSignature.HEADER, required = false) String signed) throws IOException {
        // A body over hub.security.max-body-size never gets here (RequestBodyLimitFilter answers 413).
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readAllBytes();
        }
        if (!signature.verifies(body, signed)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "missing or invalid signature"));
        }
        MovementReport report;
        try {
            report = codec.readValue(new String(body, java.nio.charset.StandardCharsets.UTF_8), MovementReport.class);
        } catch (InvalidEventException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "not a movement report: " + e.getMessage()));
        }
        Set<String> items = new LinkedHashSet<>();
        if (report != null && report.items() != null) {
            report.items().stream().filter(item -> item != null && !item.isBlank()).map(String::trim).forEach(items::add);
        }
        if (items.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "items must name at least one NetSuite item id"));
        }
        movements.enqueue(items);
        return ResponseEntity.accepted().body(Map.of("queued", items.size()));
    }

    /**
     * @param items  NetSuite internal ids of the items whose stock moved
     * @param record what moved them (record type and id), for logs
     */
    public record MovementReport(List<String> items, String record) {
    }
}
