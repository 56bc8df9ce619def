package io.suitetok.localstack;

import io.suitetok.localstack.DayLedger.DayReturn;
import io.suitetok.localstack.DayLedger.PlacedOrder;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.SandboxRefusal;
import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The buyers' returns after the day's deliveries, on TikTok: a unit of a bigger order sent back, a refund
 * without a return, a whole order sent back, a request the seller rejects, and a parcel the warehouse
 * refuses. Each return walks TikTok's statuses in waves (request, approval, the buyer's parcel, its
 * receipt, the refund) so that the hub sees every stage, through the same duplicated, shuffled webhooks
 * as the orders.
 */
final class DayReturns {

    static final String PARTIAL = "partial return and refund";
    static final String REFUND_ONLY = "refund without return";
    static final String WHOLE = "whole order returned";
    static final String REJECTED = "request rejected";
    static final String PARCEL_REFUSED = "parcel refused";
    private static final List<String> KINDS = List.of(PARTIAL, REFUND_ONLY, WHOLE, REJECTED, PARCEL_REFUSED);

    private final SimulatorControl tiktok;
    private final Random random;

    DayReturns(SimulatorControl tiktok, long seed) {
        this.tiktok = tiktok;
        this.random = new Random(seed ^ 0x2E7);
    }

    /** Starts and walks the returns; returns them with the TikTok status each ended in. */
    List<DayReturn> make(List<PlacedOrder> shipped, int count) {
        List<PlacedOrder> candidates = new ArrayList<>(shipped);
        Collections.shuffle(candidates, random);
        List<Started> started = new ArrayList<>();
        for (PlacedOrder order : candidates) {
            if (started.size() >= count) {
                break;
            }
            String kind = KINDS.get(started.size() % KINDS.size());
            List<String> live = liveLines(tiktok, order);
            if (live.isEmpty() || (kind.equals(PARTIAL) && live.size() < 2)) {
                continue;
            }
            try {
                tiktok.advanceOrder(order.orderId(), OrderStatus.DELIVERED);
                List<String> lines = kind.equals(WHOLE) || kind.equals(REJECTED) ? live : List.of(live.get(0));
                String type = kind.equals(REFUND_ONLY) ? "REFUND" : "RETURN_AND_REFUND";
                String id = tiktok.createReturn(order.orderId(), lines, type, reason(kind));
                started.add(new Started(order, id, kind, lines));
            } catch (SandboxRefusal e) {
                // delivered in a status TikTok does not allow returns from: another order takes its place
            }
        }
        pause();
        wave(started, ret -> {
            switch (ret.kind) {
                case REJECTED -> tiktok.rejectReturn(ret.id);
                case REFUND_ONLY -> tiktok.approveReturn(ret.id, true);
                default -> tiktok.approveReturn(ret.id, false);
            }
        });
        wave(started, ret -> {
            if (!ret.kind.equals(REJECTED) && !ret.kind.equals(REFUND_ONLY)) {
                tiktok.markReturnShipped(ret.id, "RT" + (100000000L + random.nextInt(899999999)), "UPS");
            }
        });
        wave(started, ret -> {
            if (ret.kind.equals(PARCEL_REFUSED)) {
                tiktok.advanceReturn(ret.id, "REJECT_RECEIVE_PACKAGE");
            } else if (ret.kind.equals(PARTIAL) || ret.kind.equals(WHOLE)) {
                tiktok.markReturnReceived(ret.id);
            }
        });
        wave(started, ret -> {
            if (ret.kind.equals(PARTIAL) || ret.kind.equals(WHOLE)) {
                tiktok.completeReturn(ret.id);
            }
        });
        return started.stream().map(ret -> new DayReturn(ret.order.shopId(), ret.order.orderId(), ret.id, ret.kind,
                ret.lines, statusOf(ret))).toList();
    }

    private void wave(List<Started> returns, java.util.function.Consumer<Started> step) {
        returns.forEach(step);
        pause();
    }

    @SuppressWarnings("unchecked")
    private String statusOf(Started ret) {
        return tiktok.returnsOf(ret.order.orderId()).stream().filter(view -> ret.id.equals(view.get("return_id")))
                .map(view -> String.valueOf(view.get("return_status"))).findFirst().orElse("?");
    }

    /** The order's unit lines not cancelled. */
    @SuppressWarnings("unchecked")
    static List<String> liveLines(SimulatorControl tiktok, PlacedOrder order) {
        List<Map<String, Object>> lines = (List<Map<String, Object>>) tiktok.order(order.orderId()).get("line_items");
        return lines.stream().filter(line -> !"CANCELLED".equals(line.get("display_status")))
                .map(line -> (String) line.get("id")).toList();
    }

    private static String reason(String kind) {
        return switch (kind) {
            case REFUND_ONLY -> "Arrived damaged";
            case REJECTED -> "Changed my mind after 40 days";
            default -> "Wrong size";
        };
    }

    /** Long enough for the webhooks of one wave to reach the hub before the next. */
    static void pause() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private record Started(PlacedOrder order, String id, String kind, List<String> lines) {
    }
}
