package io.suitetok.pricing.price;

import io.suitetok.pricing.boundary.BoundaryPrice;
import io.suitetok.pricing.boundary.ExchangeRate;
import io.suitetok.pricing.boundary.PriceBoundary;
import io.suitetok.pricing.boundary.SourcePrice;
import io.suitetok.pricing.config.PricingShopSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The price one shop shows for one NetSuite item: the unit price of the shop's price level in the
 * shop's source currency, through the boundary rule. Quantity breaks are named in the explanation but
 * not sent: TikTok's documented promotion types price a single unit (README, "What TikTok cannot show").
 */
public final class ShopPriceCalculator {

    private final Map<String, String> isoByNetSuiteCurrency;

    /** @param isoByNetSuiteCurrency NetSuite currency internal id to ISO code */
    public ShopPriceCalculator(Map<String, String> isoByNetSuiteCurrency) {
        this.isoByNetSuiteCurrency = Map.copyOf(isoByNetSuiteCurrency);
    }

    /** The outcome for one shop: a price, or why there is none. */
    public sealed interface Outcome permits Priced, Unpriced {
    }

    public record Priced(BoundaryPrice price) implements Outcome {
    }

    /** No price can be computed; the reason says what to fix in NetSuite or in configuration. */
    public record Unpriced(String reason) implements Outcome {
    }

    /**
     * @param rate the exchange rate to the shop's currency (null when the currencies are the same, or
     *             when none could be found: the outcome then says so)
     */
    public Outcome priceFor(ItemPrices item, PricingShopSettings shop, ExchangeRate rate) {
        Optional<ItemPrices.Cell> unit = item.cells().stream()
                .filter(cell -> cell.priceLevel().equals(shop.priceLevel()) && cell.currency().equals(shop.sourceCurrency()))
                .filter(ItemPrices.Cell::isUnitPrice).findFirst();
        if (unit.isEmpty()) {
            return new Unpriced("item " + item.itemId() + " has no unit price in price level " + shop.priceLevel()
                    + " and NetSuite currency " + shop.sourceCurrency());
        }
        String iso = isoByNetSuiteCurrency.get(shop.sourceCurrency());
        if (iso == null) {
            return new Unpriced("NetSuite currency " + shop.sourceCurrency() + " has no ISO code in "
                    + "hub.pricing.currencies");
        }
        Currency source = Currency.getInstance(iso);
        if (!source.equals(shop.currency()) && rate == null) {
            return new Unpriced("no exchange rate " + source + "→" + shop.currency() + " (configure "
                    + "exchange-rate for the shop, or NetSuite's currency rate could not be read)");
        }
        BoundaryPrice price = PriceBoundary.toTikTok(new SourcePrice(unit.get().unitPrice(), source,
                item.pricesIncludeTax()), source.equals(shop.currency()) ? null : rate, null, shop.rules());
        List<String> breaks = item.cells().stream()
                .filter(cell -> cell.priceLevel().equals(shop.priceLevel()) && cell.currency().equals(shop.sourceCurrency()))
                .filter(cell -> !cell.isUnitPrice())
                .map(cell -> "from " + cell.minQuantity().stripTrailingZeros().toPlainString() + " units "
                        + cell.unitPrice().toPlainString())
                .toList();
        if (breaks.isEmpty()) {
            return new Priced(price);
        }
        List<String> steps = new ArrayList<>(price.steps());
        steps.add("quantity breaks not sent (TikTok prices single units): " + String.join(", ", breaks));
        return new Priced(new BoundaryPrice(price.amount(), price.currency(), steps));
    }

    /** The shop's fixed rate, when configured. */
    public static ExchangeRate configuredRate(Currency source, PricingShopSettings shop) {
        BigDecimal rate = shop.exchangeRate();
        return rate == null ? null : new ExchangeRate(source, shop.currency(), rate, "configured");
    }
}
