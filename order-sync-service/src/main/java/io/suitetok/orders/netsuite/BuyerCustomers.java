package io.suitetok.orders.netsuite;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.order.Address;
import io.suitetok.model.order.Buyer;
import io.suitetok.model.order.Order;
import io.suitetok.netsuite.gateway.CustomerDraft;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.orders.config.CustomerPolicy;
import io.suitetok.orders.config.OrderShopSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For shops that book each TikTok buyer to a customer of their own: finds the buyer's customer, or
 * upserts it by external id (one call per batch), so the Sales Order can name it. A buyer NetSuite
 * refuses parks the order with NetSuite's reason; a passing failure makes the order wait a round.
 */
@Component
public class BuyerCustomers {

    private final JdbcTemplate jdbc;
    private final NetSuiteGateway netsuite;

    public BuyerCustomers(JdbcTemplate jdbc, NetSuiteGateway netsuite) {
        this.jdbc = jdbc;
        this.netsuite = netsuite;
    }

    /** What a batch order's customer came to. */
    public sealed interface Resolution {
        record Customer(NetSuiteInternalId id) implements Resolution {
        }

        record Park(String reason) implements Resolution {
        }

        record Wait(String reason) implements Resolution {
        }
    }

    /**
     * A buyer gets a customer of their own only with a TikTok account behind the order: a user id and
     * TikTok's relay e-mail. A guest checkout carries no relay e-mail, so it goes to the default customer.
     */
    static boolean wantsOwnCustomer(Order order, OrderShopSettings shop) {
        Buyer buyer = order.buyer();
        return shop.customers() == CustomerPolicy.PER_BUYER && buyer != null && !buyer.isGuest()
                && buyer.email() != null && !buyer.email().isBlank();
    }

    static String externalId(Order order) {
        return "TTS-BUYER-" + order.shopId() + "-" + order.buyer().tiktokUserId();
    }

    /** Resolves every order of the batch that wants its buyer's own customer; keyed by external id of the buyer. */
    public Map<String, Resolution> resolve(List<Order> orders, Map<Order, OrderShopSettings> shops) {
        Map<String, Resolution> resolved = new HashMap<>();
        Map<String, CustomerDraft> missing = new LinkedHashMap<>();
        Map<String, Order> firstOrder = new HashMap<>();
        for (Order order : orders) {
            String key = externalId(order);
            if (missing.containsKey(key) && visibleName(firstOrder.get(key)).isEmpty() && visibleName(order).isPresent()) {
                // The same buyer's other order shows their name: make the customer from that one.
                missing.put(key, draft(order, shops.get(order)));
                firstOrder.put(key, order);
            }
            if (resolved.containsKey(key) || missing.containsKey(key)) {
                continue;
            }
            List<String> known = jdbc.queryForList("select netsuite_id from buyer_customer where shop_id = ? and "
                    + "buyer_id = ?", String.class, order.shopId().value(), order.buyer().tiktokUserId());
            if (!known.isEmpty()) {
                resolved.put(key, new Resolution.Customer(new NetSuiteInternalId(known.get(0))));
            } else {
                missing.put(key, draft(order, shops.get(order)));
                firstOrder.put(key, order);
            }
        }
        if (missing.isEmpty()) {
            return resolved;
        }
        List<String> keys = new ArrayList<>(missing.keySet());
        List<WriteOutcome> outcomes = netsuite.upsertCustomers(new ArrayList<>(missing.values()));
        for (int i = 0; i < keys.size(); i++) {
            Order order = firstOrder.get(keys.get(i));
            if (outcomes.get(i) instanceof WriteOutcome.Written written) {
                jdbc.update("insert into buyer_customer (shop_id, buyer_id, netsuite_id) values (?, ?, ?) on conflict "
                        + "(shop_id, buyer_id) do update set netsuite_id = excluded.netsuite_id", order.shopId().value(),
                        order.buyer().tiktokUserId(), written.internalId().value());
                resolved.put(keys.get(i), new Resolution.Customer(written.internalId()));
            } else {
                WriteOutcome.Rejected rejected = (WriteOutcome.Rejected) outcomes.get(i);
                String reason = "NetSuite refused customer " + keys.get(i) + ": " + rejected.code() + " "
                        + rejected.message();
                resolved.put(keys.get(i), rejected.retryable() ? new Resolution.Wait(reason) : new Resolution.Park(reason));
            }
        }
        return resolved;
    }

    /**
     * TikTok gives a recipient name and a relay e-mail. The name is masked ("P*** S***") when TikTok's
     * logistics ship the order; a masked name is no name, so the customer is named after the buyer id.
     */
    private static CustomerDraft draft(Order order, OrderShopSettings shop) {
        Buyer buyer = order.buyer();
        Address address = buyer.shippingAddress();
        String[] parts = visibleName(order).map(name -> name.split("\\s+", 2)).orElse(new String[0]);
        String first = parts.length == 2 ? parts[0] : "TikTok";
        String last = parts.length == 2 ? parts[1] : parts.length == 1 ? parts[0] : "buyer " + buyer.tiktokUserId();
        return new CustomerDraft(externalId(order), new NetSuiteInternalId(shop.subsidiary()), true, first, last, null,
                buyer.email(), address == null ? null : address.phone(), new NetSuiteInternalId(shop.currency()));
    }

    private static java.util.Optional<String> visibleName(Order order) {
        Address address = order.buyer().shippingAddress();
        String name = address == null || address.recipientName() == null ? "" : address.recipientName().trim();
        return name.isEmpty() || name.contains("*") ? java.util.Optional.empty() : java.util.Optional.of(name);
    }
}
