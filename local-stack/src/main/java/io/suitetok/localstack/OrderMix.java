package io.suitetok.localstack;

import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Buyer;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The orders of the day, drawn from a seeded {@link Random} so the same seed gives the same day:
 * mostly one or two SKUs, some several units, gifts, a pre-order now and then, seller and platform
 * discounts, seller-shipped and TikTok-shipped parcels, and buyers who never pay, pay late or cancel
 * part of what they bought.
 */
final class OrderMix {

    /** What happens to the order after it is placed. */
    enum Fate {
        KEPT,
        /** Cancelled in part (one unit line) a little later: the Sales Order closes that unit. */
        PARTLY_CANCELLED,
        /** Cancelled whole a little later, perhaps before its Sales Order exists. */
        CANCELLED,
        /** Placed unpaid and paid a little later. */
        PAID_LATE,
        /** Never paid: it must never reach NetSuite. */
        ABANDONED
    }

    record PlannedOrder(OrderRequest request, Fate fate) {
    }

    private static final List<String> FIRST_NAMES = List.of("Avery", "Jordan", "Sam", "Riley", "Morgan", "Casey",
            "Alex", "Jamie", "Taylor", "Quinn", "Harper", "Rowan", "Elliot", "Charlie", "Emerson", "Skyler");
    private static final List<String> LAST_NAMES = List.of("Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis",
            "Wilson", "Taylor", "Clarke", "Evans", "Hughes", "Patel", "Walker", "Wright", "Khan", "Murphy");
    private static final List<String[]> US_PLACES = List.of(new String[] {"Austin", "TX", "78701"},
            new String[] {"Columbus", "OH", "43004"}, new String[] {"Denver", "CO", "80202"},
            new String[] {"Portland", "OR", "97201"}, new String[] {"Atlanta", "GA", "30303"},
            new String[] {"Brooklyn", "NY", "11201"});
    private static final List<String[]> UK_PLACES = List.of(new String[] {"Leeds", "West Yorkshire", "LS1 4DY"},
            new String[] {"Bristol", "Bristol", "BS1 5TR"}, new String[] {"Manchester", "Greater Manchester", "M1 1AE"},
            new String[] {"Glasgow", "Glasgow City", "G1 1XQ"}, new String[] {"Cardiff", "Cardiff", "CF10 1EP"});

    private final Random random;
    private final NetSuiteEstate.Estate estate;
    /** What TikTok shows per shop and seller SKU, taken down as the day sells it, so orders fit the stock. */
    private final Map<String, Map<String, Integer>> stock = new HashMap<>();

    OrderMix(long seed, NetSuiteEstate.Estate estate, Map<String, Map<String, Integer>> tiktokStock) {
        this.random = new Random(seed);
        this.estate = estate;
        tiktokStock.forEach((shop, skus) -> stock.put(shop, new HashMap<>(skus)));
    }

    List<PlannedOrder> plan(int count) {
        List<PlannedOrder> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String shop = random.nextInt(100) < 65 ? ShopDirectory.US_SHOP_ID : ShopDirectory.UK_SHOP_ID;
            PlannedOrder order = order(shop);
            if (order == null) {
                order = order(shop.equals(ShopDirectory.US_SHOP_ID) ? ShopDirectory.UK_SHOP_ID : ShopDirectory.US_SHOP_ID);
            }
            if (order != null) {
                orders.add(order);
            }
        }
        return orders;
    }

    private PlannedOrder order(String shop) {
        boolean us = shop.equals(ShopDirectory.US_SHOP_ID);
        String currency = us ? "USD" : "GBP";
        List<Item> items = new ArrayList<>();
        int units = 0;
        int distinct = pick(60, 30) + 1;
        for (int i = 0; i < distinct; i++) {
            NetSuiteEstate.SellableItem sku = anyInStock(shop, 1);
            if (sku == null || items.stream().anyMatch(item -> item.sku().equals(sku.sellerSku()))) {
                continue;
            }
            int wanted = pick(70, 20) + 1;
            int quantity = Math.min(wanted, stock.get(shop).getOrDefault(sku.sellerSku(), 0));
            take(shop, sku.sellerSku(), quantity);
            items.add(priced(sku, quantity, currency));
            units += quantity;
        }
        if (items.isEmpty()) {
            return null;
        }
        if (random.nextInt(100) < 5 && estate.preOrderSku() != null && inStock(shop, estate.preOrderSku(), 1)) {
            take(shop, estate.preOrderSku(), 1);
            items.add(Item.of(estate.preOrderSku(), 1));
            units++;
        }
        if (random.nextInt(100) < 8) {
            NetSuiteEstate.SellableItem gift = anyInStock(shop, 1);
            if (gift != null && items.stream().noneMatch(item -> item.sku().equals(gift.sellerSku()))) {
                take(shop, gift.sellerSku(), 1);
                items.add(Item.gift(gift.sellerSku()));
                units++;
            }
        }
        OrderRequest request = new OrderRequest(shop, items, us ? ShopDirectory.US_EAST_WAREHOUSE
                : ShopDirectory.UK_WAREHOUSE, true, false, null, null, null, null, buyer(us), null, null, false,
                random.nextInt(10) == 0 ? "Please gift wrap" : null);
        request = shipping(request, us);
        Fate fate = fate(units);
        if (fate == Fate.PAID_LATE || fate == Fate.ABANDONED) {
            request = request.unpaid();
        }
        return new PlannedOrder(request, fate);
    }

    private Fate fate(int units) {
        int roll = random.nextInt(100);
        if (roll < 3) {
            return Fate.ABANDONED;
        }
        if (roll < 6) {
            return Fate.PAID_LATE;
        }
        if (roll < 8) {
            return Fate.CANCELLED;
        }
        if (roll < 16 && units >= 2) {
            return Fate.PARTLY_CANCELLED;
        }
        return Fate.KEPT;
    }

    /** Per unit: a seller discount on about one line in six, a platform discount on one in four. */
    private Item priced(NetSuiteEstate.SellableItem sku, int quantity, String currency) {
        BigDecimal price = sku.price(currency);
        BigDecimal seller = random.nextInt(6) == 0 ? percent(price, 10 + random.nextInt(3) * 5) : null;
        BigDecimal platform = random.nextInt(4) == 0 ? percent(price, 5 + random.nextInt(4) * 5) : null;
        return new Item(sku.sellerSku(), quantity, seller, platform, false);
    }

    private static BigDecimal percent(BigDecimal price, int percent) {
        return price.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** Four in ten parcels go with the seller's own carrier, the rest with TikTok's label. */
    private OrderRequest shipping(OrderRequest request, boolean us) {
        if (random.nextInt(10) < 4) {
            BigDecimal fee = new BigDecimal(us ? "5.99" : "3.49");
            BigDecimal sellerDiscount = random.nextInt(5) == 0 ? new BigDecimal("1.00") : BigDecimal.ZERO;
            BigDecimal platformDiscount = random.nextInt(6) == 0 ? new BigDecimal("0.50") : BigDecimal.ZERO;
            return request.withShipping("SELLER", fee, sellerDiscount, platformDiscount);
        }
        BigDecimal fee = random.nextInt(3) == 0 ? BigDecimal.ZERO : new BigDecimal(us ? "4.99" : "2.99");
        BigDecimal platformDiscount = fee.signum() > 0 && random.nextInt(4) == 0 ? fee : BigDecimal.ZERO;
        return request.withShipping("TIKTOK", fee, BigDecimal.ZERO, platformDiscount);
    }

    private Buyer buyer(boolean us) {
        String name = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " "
                + LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        if (random.nextInt(12) == 0) {
            return Buyer.guestBuyer();
        }
        String[] place = us ? US_PLACES.get(random.nextInt(US_PLACES.size()))
                : UK_PLACES.get(random.nextInt(UK_PLACES.size()));
        String street = (10 + random.nextInt(890)) + (us ? " Main Street" : " High Street");
        String phone = us ? "(512) 555-0" + (100 + random.nextInt(900)) : "07700 900" + (100 + random.nextInt(900));
        return new Buyer(name, phone, null, street, place[0], place[1], place[2], false);
    }

    /** 0 with probability first %, 1 with second %, else 2. */
    private int pick(int first, int second) {
        int roll = random.nextInt(100);
        return roll < first ? 0 : roll < first + second ? 1 : 2;
    }

    private NetSuiteEstate.SellableItem anyInStock(String shop, int units) {
        for (int attempt = 0; attempt < 20; attempt++) {
            NetSuiteEstate.SellableItem sku = estate.sellable().get(random.nextInt(estate.sellable().size()));
            if (!sku.sellerSku().equals(estate.preOrderSku()) && inStock(shop, sku.sellerSku(), units)) {
                return sku;
            }
        }
        return null;
    }

    private boolean inStock(String shop, String sku, int units) {
        return stock.getOrDefault(shop, Map.of()).getOrDefault(sku, 0) >= units;
    }

    private void take(String shop, String sku, int units) {
        stock.get(shop).merge(sku, -units, Integer::sum);
    }
}
