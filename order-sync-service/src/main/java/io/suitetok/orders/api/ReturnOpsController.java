package io.suitetok.orders.api;

import io.suitetok.orders.returns.ReturnStore;
import io.suitetok.orders.returns.StoredReturn;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.runtime.audit.Caller;
import io.suitetok.runtime.web.PathIds;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Ops endpoints for returns: an order's returns with their NetSuite records, parked returns, and replay. */
@RestController
@RequestMapping("/orders")
public class ReturnOpsController {

    private final ReturnStore returns;
    private final OrderStateStore states;

    public ReturnOpsController(ReturnStore returns, OrderStateStore states) {
        this.returns = returns;
        this.states = states;
    }

    /** The order's returns: TikTok's figures, the state, and each NetSuite record's internal id. */
    @GetMapping("/{shopId}/{orderId}/returns")
    public List<StoredReturn> ofOrder(
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String shopId,
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String orderId) {
        return returns.ofOrder(shopId, orderId);
    }

    /** Returns that wait for a person (parked, with reasons) or for their Sales Order. */
    @GetMapping("/returns/parked")
    public List<StoredReturn> parked() {
        return returns.parked();
    }

    /** Sends a return through its NetSuite steps again; records already written are not written twice. */
    @PostMapping("/returns/{shopId}/{returnId}/replay")
    public ResponseEntity<Map<String, String>> replay(
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String shopId,
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String returnId) {
        StoredReturn stored = returns.find(shopId, returnId).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "no return " + returnId + " of shop " + shopId + " has reached the hub"));
        returns.replay(shopId, returnId);
        states.journey(shopId, stored.orderId(), "RETURN_REPLAY_REQUESTED",
                "return " + returnId + " by " + Caller.current().map(Caller::name).orElse("ops"));
        return ResponseEntity.accepted().body(Map.of("message", "queued for the next return round"));
    }
}
