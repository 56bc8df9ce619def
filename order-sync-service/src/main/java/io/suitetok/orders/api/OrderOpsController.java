package io.suitetok.orders.api;

import io.suitetok.orders.store.FulfilmentStore;
import io.suitetok.orders.store.OrderSnapshotStore;
import io.suitetok.orders.store.OrderState;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.orders.store.Shipment;
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

/** Ops endpoints: an order's journey, parked orders and fulfilments with their reasons, and replay. */
@RestController
@RequestMapping("/orders")
public class OrderOpsController {

    private final OrderStateStore states;
    private final OrderSnapshotStore snapshots;
    private final FulfilmentStore fulfilments;

    public OrderOpsController(OrderStateStore states, OrderSnapshotStore snapshots, FulfilmentStore fulfilments) {
        this.states = states;
        this.snapshots = snapshots;
        this.fulfilments = fulfilments;
    }

    @GetMapping("/{orderId}/journey")
    public List<OrderStateStore.JourneyStep> journey(
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String orderId) {
        List<OrderStateStore.JourneyStep> steps = states.journeyOf(orderId);
        if (steps.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no order " + orderId + " has reached the hub");
        }
        return steps;
    }

    @GetMapping("/parked")
    public List<OrderState> parked() {
        return states.parked();
    }

    /** Sends a parked (or any) order through the Sales Order step again, with its newest snapshot. */
    @PostMapping("/{shopId}/{orderId}/replay")
    public ResponseEntity<Map<String, String>> replay(
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String shopId,
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String orderId) {
        if (snapshots.requeue(shopId, orderId) == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no order " + orderId + " of shop " + shopId
                    + " has reached the hub");
        }
        states.journey(shopId, orderId, "REPLAY_REQUESTED",
                "by " + Caller.current().map(Caller::name).orElse("ops"));
        return ResponseEntity.accepted().body(Map.of("message", "queued for the next Sales Order batch"));
    }

    /** NetSuite fulfilments that could not be reported to TikTok, each with what to fix. */
    @GetMapping("/fulfilments/parked")
    public List<Shipment> parkedFulfilments() {
        return fulfilments.parked();
    }

    /** Reports a parked fulfilment again at the next fulfilment round (after the carrier map was fixed, say). */
    @PostMapping("/fulfilments/{fulfilmentId}/replay")
    public ResponseEntity<Map<String, String>> replayFulfilment(
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String fulfilmentId) {
        if (!fulfilments.replay(fulfilmentId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no parked fulfilment " + fulfilmentId);
        }
        return ResponseEntity.accepted().body(Map.of("message", "queued for the next fulfilment round"));
    }
}
