package io.suitetok.orders.fulfilment;

import io.suitetok.model.order.Order;
import io.suitetok.model.order.OrderLine;
import io.suitetok.netsuite.gateway.FulfilmentSnapshot.FulfilledLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which TikTok unit lines a NetSuite fulfilment ships. NetSuite counts quantities per item; TikTok
 * wants unit line ids. For each fulfilled item, the order's live (not cancelled) units of the SKUs
 * that item is sold as are taken in order, skipping units an earlier fulfilment already reported.
 * Any unit is as good as another of the same SKU: TikTok only needs the right count per SKU in
 * each package.
 */
final class ShippedUnits {

    private ShippedUnits() {
    }

    /**
     * @param sellerSkusOfItem the seller SKUs a NetSuite item is sold as in the order's shop
     * @param alreadyShipped   unit lines earlier fulfilments of this order reported
     */
    static Choice choose(Order order, List<FulfilledLine> fulfilled, Function<String, List<String>> sellerSkusOfItem,
            Set<String> alreadyShipped) {
        Set<String> taken = new LinkedHashSet<>(alreadyShipped);
        List<String> chosen = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (FulfilledLine line : fulfilled) {
            if (line.quantity().signum() <= 0) {
                continue;
            }
            if (line.quantity().stripTrailingZeros().scale() > 0) {
                problems.add("item " + line.item() + " ships a fractional quantity " + line.quantity().toPlainString());
                continue;
            }
            int wanted = line.quantity().intValueExact();
            List<String> skus = line.item() == null ? List.of() : sellerSkusOfItem.apply(line.item().value());
            List<String> free = liveUnits(order, skus).stream().filter(id -> !taken.contains(id)).toList();
            if (free.size() < wanted) {
                problems.add("item " + line.item() + " ships " + wanted + " but the TikTok order has " + free.size()
                        + " unshipped unit(s) of " + (skus.isEmpty() ? "no mapped seller SKU" : String.join(", ", skus)));
                continue;
            }
            free.subList(0, wanted).forEach(id -> {
                taken.add(id);
                chosen.add(id);
            });
        }
        if (chosen.isEmpty() && problems.isEmpty()) {
            problems.add("the fulfilment ships no quantity");
        }
        return new Choice(List.copyOf(chosen), List.copyOf(problems));
    }

    private static List<String> liveUnits(Order order, List<String> sellerSkus) {
        List<String> units = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            if (line.sellerSku() != null && sellerSkus.contains(line.sellerSku().value())) {
                line.unitLineIds().stream().filter(id -> !line.cancelledUnitLineIds().contains(id)).forEach(units::add);
            }
        }
        return units;
    }

    /** The unit lines chosen, or why they could not all be. */
    record Choice(List<String> unitLineIds, List<String> problems) {

        boolean complete() {
            return problems.isEmpty();
        }
    }
}
