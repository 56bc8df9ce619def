package io.suitetok.sandbox.tiktok.orders;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.StateLock;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Buyer;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.products.Catalog;
import io.suitetok.sandbox.tiktok.products.SimSku;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Places realistic orders from a seed: the same seed on the same catalogue and stock gives the
 * same orders. The scenarios rotate so that a handful of orders already covers the edge cases the
 * hub must handle: several units of one SKU, a free gift, a pre-order SKU, a platform-funded
 * discount, a seller discount with an affiliate commission, a partial cancellation, a completed
 * return, and a guest-like buyer. Stock is respected: a scenario the stock cannot serve is skipped.
 */
@Component
public class OrderGenerator {

    static final int SCENARIOS = 8;

    private final OrderBook book;
    private final Catalog catalog;
    private final ShopDirectory shops;
    private final StateLock lock;

    public OrderGenerator(OrderBook book, Catalog catalog, ShopDirectory shops, StateLock lock) {
        this.book = book;
        this.catalog = catalog;
        this.shops = shops;
        this.lock = lock;
    }

    /** @return the ids of the orders placed, fewer than asked when stock runs out */
    public List<String> generate(String shopId, long seed, int count) {
        Shop shop = shops.byId(shopId).orElseThrow(() -> new IllegalArgumentException("no shop " + shopId));
        return lock.apply(() -> {
            Random random = new Random(seed);
            List<String> placed = new ArrayList<>();
            int misses = 0;
            for (int i = 0; placed.size() < count && misses < SCENARIOS * 2; i++) {
                String id = tryScenario(shop, i % SCENARIOS, random);
                if (id == null) {
                    misses++;
                } else {
                    misses = 0;
                    placed.add(id);
                }
            }
            return placed;
        });
    }

    private String tryScenario(Shop shop, int scenario, Random random) {
        List<SimSku> normal = sellable(shop, false);
        List<SimSku> preOrder = sellable(shop, true);
        String warehouse = shop.defaultWarehouse().id();
        if (normal.isEmpty()) {
            return null;
        }
        SimSku main = normal.get(random.nextInt(normal.size()));
        BigDecimal shipping = List.of(BigDecimal.ZERO, new BigDecimal("4.99"), new BigDecimal("7.99"))
                .get(random.nextInt(3));
        OrderRequest request = switch (scenario) {
            case 0 -> OrderRequest.of(shop.id(), Item.of(main.id(), 2 + random.nextInt(3)));
            case 1 -> {
                SimSku gift = normal.get(random.nextInt(normal.size()));
                yield OrderRequest.of(shop.id(), Item.of(main.id(), 1), Item.gift(gift.id()));
            }
            case 2 -> preOrder.isEmpty() ? null
                    : OrderRequest.of(shop.id(), Item.of(preOrder.get(random.nextInt(preOrder.size())).id(), 1));
            case 3 -> OrderRequest.of(shop.id(), new Item(main.id(), 1 + random.nextInt(2), null,
                    share(main.price(), 10 + random.nextInt(21)), false))
                    .withShipping("TIKTOK", new BigDecimal("5.99"), BigDecimal.ZERO, new BigDecimal("5.99"));
            case 4 -> OrderRequest.of(shop.id(), new Item(main.id(), 1, share(main.price(), 15), null, false))
                    .withAffiliateCommission(new BigDecimal("0.10"));
            case 5 -> {
                SimSku other = normal.get(random.nextInt(normal.size()));
                yield OrderRequest.of(shop.id(), Item.of(main.id(), 2), Item.of(other.id(), 1));
            }
            case 6 -> OrderRequest.of(shop.id(), Item.of(main.id(), 1 + random.nextInt(2)));
            default -> OrderRequest.of(shop.id(), Item.of(main.id(), 1)).withBuyer(Buyer.guestBuyer());
        };
        if (request == null) {
            return null;
        }
        if (scenario != 3) {
            request = request.withShipping(random.nextBoolean() ? "TIKTOK" : "SELLER", shipping, BigDecimal.ZERO,
                    BigDecimal.ZERO);
        }
        request = request.fromWarehouse(warehouse);
        SimOrder order;
        try {
            order = book.place(request);
        } catch (InsufficientStockException e) {
            return null;
        }
        if (scenario == 5) {
            book.cancel(order.id, List.of(order.lines.get(0).id), "BUYER", "Ordered too many");
        } else if (scenario == 6) {
            book.advance(order.id, OrderStatus.DELIVERED);
            String returnId = book.createReturn(order.id, List.of(order.lines.get(0).id), "RETURN_AND_REFUND",
                    "Wrong size");
            book.advanceReturn(returnId, ReturnOrder.COMPLETE);
        }
        return order.id;
    }

    private List<SimSku> sellable(Shop shop, boolean preOrder) {
        String warehouse = shop.defaultWarehouse().id();
        return catalog.inShop(shop.id()).stream().filter(p -> p.status().live())
                .flatMap(p -> p.skus().stream())
                .filter(s -> SimSku.PRE_ORDER.equals(s.skuType()) == preOrder && s.available(warehouse) > 0)
                .toList();
    }

    private static BigDecimal share(BigDecimal price, int percent) {
        return price.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
    }
}
