package io.suitetok.orders.api;

import io.suitetok.orders.store.FulfilmentStore;
import io.suitetok.orders.store.OrderSnapshotStore;
import io.suitetok.orders.store.OrderState;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.orders.store.Shipment;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
    public ResponseEntity<List<OrderStateStore.JourneyStep>> journey(@PathVariable String orderId) {
        List<OrderStateStore.JourneyStep> steps = states.journeyOf(orderId);
        return steps.isEmpty() ? ResponseEntity.notFound().build() : ResponseEntity.ok(steps);
    }

    @GetMapping("/parked")
    public List<OrderState> parked() {
        return states.parked();
    }

    /** Sends a parked (or any) order through the Sales Order step again, with its newest snapshot. */
    @PostMapping("/{shopId}/{orderId}/replay")
    public ResponseEntity<Map<String, String>> replay(@PathVariable String shopId, @PathVariable String orderId) {
        if (snapshots.requeue(shopId, orderId) == 0) {
            return ResponseEntity.notFound().build();
        }
        states.journey(shopId, orderId, "REPLAY_REQUESTED", "by ops");
        return ResponseEntity.accepted().body(Map.of("message", "queued for the next Sales Order batch"));
    }

    /** NetSuite fulfilments that could not be reported to TikTok, each with what to fix. */
    @GetMapping("/fulfilments/parked")
    public List<Shipment> parkedFulfilments() {
        return fulfilments.parked();
    }

    /** Reports a parked fulfilment again at the next fulfilment round (after the carrier map was fixed, say). */
    @PostMapping("/fulfilments/{fulfilmentId}/replay")
    public ResponseEntity<Map<String, String>> replayFulfilment(@PathVariable String fulfilmentId) {
        if (!fulfilments.replay(fulfilmentId)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.accepted().body(Map.of("message", "queued for the next fulfilment round"));
    }
}
