package io.suitetok.localstack;

import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import io.suitetok.localstack.DayLedger.PlacedOrder;
import io.suitetok.sandbox.netsuite.account.StockLevel;
import io.suitetok.sandbox.netsuite.account.SimulatedAccount;
import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The things that must hold after a day of trading, each checked from the systems' own records
 * (TikTok's orders, stock and prices, NetSuite's Sales Orders, stock and prices), not from the hub's
 * belief about them. The price invariant is {@link PriceInvariant}, the returns invariant
 * {@link ReturnInvariant}, the settlement invariant {@link SettlementInvariant}.
 */
final class Invariants {

    /** One invariant's verdict: how many things it looked at and the first few that did not hold. */
    record Result(String name, String rule, int checked, List<String> mismatches) {

        boolean passed() {
            return mismatches.isEmpty();
        }
    }

    private final SimulatorControl tiktok;
    private final SimulatedAccount netsuite;
    private final OpsClient ops = new OpsClient(LocalCallers.VIEWER_TOKEN);

    Invariants(SimulatorControl tiktok, SimulatedAccount netsuite) {
        this.tiktok = tiktok;
        this.netsuite = netsuite;
    }

    List<Result> check(DayLedger ledger, NetSuiteEstate.Estate estate, String inventoryUrl, String settlementUrl) {
        Map<String, List<SalesOrder>> salesOrders = salesOrdersByExternalId();
        return List.of(oneSalesOrderPerPaidOrder(ledger, salesOrders), totalsTieOut(ledger, salesOrders),
                tiktokStockIsSellable(estate, inventoryUrl),
                new PriceInvariant(tiktok, netsuite).check(estate, ledger.priceChanges, ledger.cutoverSkews),
                new ReturnInvariant(tiktok, netsuite).check(ledger, estate),
                new SettlementInvariant(tiktok, netsuite).check(ledger, settlementUrl));
    }

    /**
     * Every paid order that TikTok has not cancelled has exactly one Sales Order (external id
     * {@code TTS-<shop>-<order>}); a cancelled one has none or one whose lines are all closed; an
     * order never paid has none; and NetSuite holds no TikTok Sales Order the day did not place.
     */
    Result oneSalesOrderPerPaidOrder(DayLedger ledger, Map<String, List<SalesOrder>> salesOrders) {
        List<String> mismatches = new ArrayList<>();
        for (PlacedOrder order : ledger.orders.values()) {
            List<SalesOrder> found = salesOrders.getOrDefault(order.externalId(), List.of());
            String status = String.valueOf(tiktok.order(order.orderId()).get("status"));
            if (status.equals("UNPAID")) {
                if (!found.isEmpty()) {
                    mismatches.add("unpaid order " + order.orderId() + " has " + found.size() + " Sales Order(s)");
                }
            } else if (status.equals("CANCELLED")) {
                if (found.size() > 1 || found.stream().anyMatch(so -> so.getItemList().getItem().stream()
                        .anyMatch(line -> !Boolean.TRUE.equals(line.isIsClosed())))) {
                    mismatches.add("cancelled order " + order.orderId() + " has " + found.size()
                            + " Sales Order(s), or one with open lines");
                }
            } else if (found.size() != 1) {
                mismatches.add("paid order " + order.orderId() + " (" + status + ") has " + found.size()
                        + " Sales Orders");
            }
        }
        Set<String> placed = new java.util.HashSet<>();
        ledger.orders.values().forEach(order -> placed.add(order.externalId()));
        salesOrders.keySet().stream().filter(id -> id.startsWith("TTS-") && !placed.contains(id))
                .forEach(id -> mismatches.add("Sales Order " + id + " matches no order of the day"));
        return new Result("one Sales Order per paid order", "paid and not cancelled: exactly 1 Sales Order "
                + "TTS-<shop>-<order>; cancelled: 0, or 1 with every line closed; unpaid: 0",
                ledger.orders.size(), mismatches);
    }

    /**
     * Per Sales Order, to the cent, against TikTok's order:
     * <ul>
     *   <li>Σ rate × quantity over all lines, open and closed = {@code sub_total + platform_discount}
     *       (TikTok's payment block is fixed when the order is placed and counts every unit, cancelled
     *       ones too; rates are what the merchant earns, platform discounts being paid back by TikTok);</li>
     *   <li>Σ rate × quantity over open lines = Σ (original_price − seller_discount) over the unit lines
     *       TikTok has not cancelled (0 for a cancelled order), so cancelled units sit on closed lines;</li>
     *   <li>shipping cost = {@code original_shipping_fee − shipping_fee_seller_discount}.</li>
     * </ul>
     */
    @SuppressWarnings("unchecked")
    Result totalsTieOut(DayLedger ledger, Map<String, List<SalesOrder>> salesOrders) {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (PlacedOrder order : ledger.orders.values()) {
            List<SalesOrder> found = salesOrders.getOrDefault(order.externalId(), List.of());
            if (found.size() != 1) {
                continue;
            }
            checked++;
            SalesOrder salesOrder = found.get(0);
            Map<String, Object> view = tiktok.order(order.orderId());
            Map<String, Object> payment = (Map<String, Object>) view.get("payment");
            boolean cancelled = "CANCELLED".equals(view.get("status"));
            BigDecimal allExpected = amount(payment, "sub_total").add(amount(payment, "platform_discount"));
            BigDecimal openExpected = BigDecimal.ZERO;
            if (!cancelled) {
                for (Map<String, Object> line : (List<Map<String, Object>>) view.get("line_items")) {
                    if (!"CANCELLED".equals(line.get("display_status"))) {
                        openExpected = openExpected.add(amount(line, "original_price")
                                .subtract(amount(line, "seller_discount")));
                    }
                }
            }
            BigDecimal shippingExpected = amount(payment, "original_shipping_fee")
                    .subtract(amount(payment, "shipping_fee_seller_discount"));
            BigDecimal all = BigDecimal.ZERO;
            BigDecimal open = BigDecimal.ZERO;
            for (SalesOrderItem line : salesOrder.getItemList().getItem()) {
                BigDecimal amount = new BigDecimal(line.getRate()).multiply(line.getQuantity());
                all = all.add(amount);
                if (!Boolean.TRUE.equals(line.isIsClosed())) {
                    open = open.add(amount);
                }
            }
            BigDecimal shipping = salesOrder.getShippingCost() == null ? BigDecimal.ZERO : salesOrder.getShippingCost();
            String so = salesOrder.getTranId() + " (order " + order.orderId() + ", " + payment.get("currency") + ")";
            if (all.compareTo(allExpected) != 0) {
                mismatches.add(so + ": lines " + all + " but sub_total + platform_discount is " + allExpected);
            }
            if (open.compareTo(openExpected) != 0) {
                mismatches.add(so + ": open lines " + open + " but TikTok's live units earn " + openExpected);
            }
            if (shipping.compareTo(shippingExpected) != 0) {
                mismatches.add(so + ": shipping " + shipping + " but TikTok's original less seller discount is "
                        + shippingExpected);
            }
        }
        return new Result("Sales Order totals tie out", "Σ rate×qty (all lines) = sub_total + platform_discount; "
                + "Σ rate×qty (open lines) = Σ live units (original − seller discount); shipping = original − "
                + "seller shipping discount; to the cent", checked, mismatches);
    }

    /**
     * Per SKU listed in a shop, once the flows are quiet: TikTok's stock in the warehouse equals the
     * inventory service's sellable quantity (its ops endpoint), that quantity is the formula over its
     * own terms ({@code max(0, available − safety stock − in flight)}, no in-transit, no cap reached),
     * and its {@code available} is NetSuite's on hand − committed summed over the mapped locations now.
     */
    Result tiktokStockIsSellable(NetSuiteEstate.Estate estate, String inventoryUrl) {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        Map<String, BigDecimal> netsuiteAvailable = new HashMap<>();
        for (StockLevel level : netsuite.stock()) {
            netsuiteAvailable.merge(level.item() + "@" + level.location(), level.available(), BigDecimal::add);
        }
        for (String shop : TradingDay.SHOPS) {
            String warehouse = TradingDay.warehouseOf(shop);
            List<String> locations = shop.equals(TradingDay.SHOPS.get(0))
                    ? List.of(NetSuiteEstate.CHICAGO, NetSuiteEstate.DALLAS) : List.of(NetSuiteEstate.MIDLANDS);
            Map<String, Integer> shown = new HashMap<>();
            tiktok.stock(shop).forEach(sku -> shown.put(sku.sellerSku(), sku.stockIn(warehouse)));
            for (NetSuiteEstate.SellableItem item : estate.sellable()) {
                if (!shown.containsKey(item.sellerSku())) {
                    continue; // not listed in this shop (parked): the report lists it with its reason
                }
                checked++;
                String where = item.sellerSku() + " in shop " + shop;
                JsonNode level;
                try {
                    level = ops.get(inventoryUrl + "/inventory/shops/" + shop + "/skus/" + item.sellerSku())
                            .path("warehouses").get(0);
                } catch (RuntimeException e) {
                    mismatches.add(where + ": the inventory service has no level (" + e.getMessage() + ")");
                    continue;
                }
                long sellable = level.path("sellable").asLong();
                JsonNode terms = level.path("terms");
                long formula = Math.max(0, terms.path("available").asLong() - terms.path("safetyStock").asLong()
                        - terms.path("inFlight").asLong());
                long available = locations.stream().map(location -> netsuiteAvailable.getOrDefault(
                        item.internalId() + "@" + location, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .longValue();
                Integer onTikTok = shown.get(item.sellerSku());
                if (onTikTok == null || onTikTok != sellable) {
                    mismatches.add(where + ": TikTok shows " + onTikTok + ", sellable is " + sellable + " ("
                            + terms.path("available").asLong() + " − " + terms.path("safetyStock").asLong() + " − "
                            + terms.path("inFlight").asLong() + ")");
                } else if (formula != sellable) {
                    mismatches.add(where + ": sellable " + sellable + " is not the formula's " + formula);
                } else if (terms.path("available").asLong() != available) {
                    mismatches.add(where + ": the service counts " + terms.path("available").asLong()
                            + " available, NetSuite has " + available);
                }
            }
        }
        return new Result("TikTok stock equals the sellable formula", "TikTok = sellable = max(0, available − "
                + "safety stock − in flight), available = NetSuite on hand − committed over the mapped locations",
                checked, mismatches);
    }

    private Map<String, List<SalesOrder>> salesOrdersByExternalId() {
        Map<String, List<SalesOrder>> byExternalId = new HashMap<>();
        for (SalesOrder salesOrder : netsuite.records(SalesOrder.class)) {
            if (salesOrder.getExternalId() != null) {
                byExternalId.computeIfAbsent(salesOrder.getExternalId(), id -> new ArrayList<>()).add(salesOrder);
            }
        }
        return byExternalId;
    }

    private static BigDecimal amount(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null || String.valueOf(value).isBlank() ? BigDecimal.ZERO : new BigDecimal(String.valueOf(value));
    }
}
