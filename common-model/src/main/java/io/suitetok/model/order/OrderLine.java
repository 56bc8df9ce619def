package io.suitetok.model.order;

import io.suitetok.model.Required;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.TikTokProductId;
import io.suitetok.model.id.TikTokSkuId;
import io.suitetok.model.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unit lines of one SKU grouped into a quantity, as NetSuite wants them. The per-unit TikTok line
 * ids stay attached so that a partial cancellation or a return can name exactly which units.
 * Amounts are totals over all units of the line (cancelled units included; see
 * {@link #activeQuantity()}). A combined listing's line names its {@code components} per unit sold:
 * stock is counted on those, not on the listing's own SKU.
 */
public record OrderLine(
        TikTokSkuId skuId,
        TikTokProductId productId,
        SellerSku sellerSku,
        String productName,
        Money unitPrice,
        Money sellerDiscount,
        Money platformDiscount,
        Money tax,
        boolean gift,
        boolean preOrder,
        List<String> unitLineIds,
        List<String> cancelledUnitLineIds,
        List<ComponentSku> components,
        Money buyerFees) {

    /** The constructor from before combined listings and line fees. */
    public OrderLine(TikTokSkuId skuId, TikTokProductId productId, SellerSku sellerSku, String productName,
            Money unitPrice, Money sellerDiscount, Money platformDiscount, Money tax, boolean gift, boolean preOrder,
            List<String> unitLineIds, List<String> cancelledUnitLineIds) {
        this(skuId, productId, sellerSku, productName, unitPrice, sellerDiscount, platformDiscount, tax, gift,
                preOrder, unitLineIds, cancelledUnitLineIds, List.of(), null);
    }

    public OrderLine {
        components = components == null ? List.of() : List.copyOf(components);
        buyerFees = buyerFees == null && unitPrice != null ? Money.zero(unitPrice.currency()) : buyerFees;
        Required.present("skuId", skuId, "unitPrice", unitPrice);
        unitLineIds = List.copyOf(unitLineIds);
        cancelledUnitLineIds = List.copyOf(cancelledUnitLineIds);
        if (unitLineIds.isEmpty()) {
            throw new IllegalArgumentException("an order line needs at least one unit line id");
        }
    }

    public int quantity() {
        return unitLineIds.size();
    }

    public int activeQuantity() {
        return unitLineIds.size() - cancelledUnitLineIds.size();
    }

    /** List price times quantity, before any discount. */
    public Money grossAmount() {
        return unitPrice.times(quantity());
    }

    /**
     * Gross less the seller's discount: the merchant's revenue. Platform discounts are funded by
     * TikTok and paid back in settlement, so they do not reduce it.
     */
    public Money revenueAmount() {
        return grossAmount().minus(sellerDiscount);
    }

    /**
     * Groups unit lines per SKU, keeping gifts apart from paid units of the same SKU and units
     * listed at a different price apart (so the unit price on each line stays exact). Order of
     * first appearance is kept, so the result is stable for the same snapshot.
     */
    public static List<OrderLine> groupUnits(List<UnitLine> units) {
        Map<GroupKey, List<UnitLine>> groups = new LinkedHashMap<>();
        for (UnitLine unit : units) {
            GroupKey key = new GroupKey(unit.skuId(), unit.gift(), unit.originalPrice());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(unit);
        }
        return groups.values().stream().map(OrderLine::ofSameSku).toList();
    }

    private static OrderLine ofSameSku(List<UnitLine> units) {
        UnitLine first = units.get(0);
        Money sellerDiscount = Money.zero(first.originalPrice().currency());
        Money platformDiscount = sellerDiscount;
        Money tax = sellerDiscount;
        Money fees = sellerDiscount;
        List<String> ids = new ArrayList<>();
        List<String> cancelled = new ArrayList<>();
        boolean preOrder = false;
        for (UnitLine unit : units) {
            sellerDiscount = sellerDiscount.plus(unit.sellerDiscount());
            platformDiscount = platformDiscount.plus(unit.platformDiscount());
            tax = tax.plus(unit.tax());
            fees = fees.plus(unit.buyerFees());
            ids.add(unit.lineItemId());
            if (unit.cancelled()) {
                cancelled.add(unit.lineItemId());
            }
            preOrder |= unit.preOrder();
        }
        return new OrderLine(first.skuId(), first.productId(), first.sellerSku(), first.productName(),
                first.originalPrice(), sellerDiscount, platformDiscount, tax, first.gift(), preOrder,
                ids, cancelled, first.components(), fees);
    }

    /** Money equality ignores scale so that "10.0" and "10.00" group together. */
    private record GroupKey(TikTokSkuId skuId, boolean gift, java.math.BigDecimal price, String currency) {
        GroupKey(TikTokSkuId skuId, boolean gift, Money price) {
            this(skuId, gift, price.amount().stripTrailingZeros(), price.currencyCode());
        }
    }
}
