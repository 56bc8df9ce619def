package io.suitetok.pricing.api;

import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.pricing.netsuite.NetSuitePriceReader;
import io.suitetok.pricing.promotion.PromotionActivityStore;
import io.suitetok.pricing.promotion.PromotionView;
import io.suitetok.pricing.store.CutoverStore;
import io.suitetok.pricing.store.SkuPriceStore;
import io.suitetok.pricing.store.SkuPriceStore.StoredPrice;
import io.suitetok.runtime.web.PathIds;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
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

/**
 * Ops: why a SKU shows its price (and which promotion buyers get instead), the prices waiting for a
 * person, the promotions and why any was refused, and sending a price again.
 */
@RestController
@RequestMapping("/pricing")
public class PricingOpsController {

    private final SkuPriceStore prices;
    private final CutoverStore cutovers;
    private final PromotionActivityStore promotions;
    private final NetSuitePriceReader reader;

    public PricingOpsController(SkuPriceStore prices, CutoverStore cutovers, PromotionActivityStore promotions,
            NetSuitePriceReader reader) {
        this.prices = prices;
        this.cutovers = cutovers;
        this.promotions = promotions;
        this.reader = reader;
    }

    /** The price, each step of the rule that made it, what TikTok accepted, and the cutovers to come. */
    @GetMapping("/shops/{shopId}/skus/{sellerSku}")
    public Map<String, Object> price(
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String shopId,
            @PathVariable @Pattern(regexp = PathIds.SELLER_SKU, message = PathIds.SELLER_SKU_MESSAGE) String sellerSku) {
        StoredPrice price = prices.find(shopId, sellerSku).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "no price for SKU " + sellerSku + " in shop " + shopId));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("shopId", shopId);
        view.put("sellerSku", sellerSku);
        view.put("netsuiteItemId", price.itemId());
        view.put("price", price.price() == null ? null : Map.of("amount", price.price().toPlainString(),
                "currency", price.currency()));
        view.put("why", price.steps());
        view.put("source", price.source());
        view.put("effectiveFrom", price.effectiveFrom());
        Map<String, Object> tiktok = new LinkedHashMap<>();
        tiktok.put("acceptedPrice", price.pushedPrice() == null ? null : price.pushedPrice().toPlainString());
        tiktok.put("acceptedAt", price.pushedAt());
        tiktok.put("pushDue", price.pushDue());
        tiktok.put("attempts", price.attempts());
        tiktok.put("lastError", price.lastError());
        view.put("tiktok", tiktok);
        view.put("parkedReason", price.parkedReason());
        view.put("cutovers", cutovers.pendingFor(shopId, sellerSku).stream().map(cutover -> Map.of(
                "id", cutover.cutoverId(), "kind", cutover.kind(), "at", cutover.effectiveAt(),
                "price", cutover.price() == null ? "(the matrix price then)" : cutover.price().toPlainString())).toList());
        view.put("promotions", promotions.forSku(shopId, sellerSku));
        return view;
    }

    /** Every NetSuite promotion per shop: its TikTok activity and window, or why it was refused or ended. */
    @GetMapping("/promotions")
    public List<PromotionView> promotions() {
        return promotions.all();
    }

    /** Prices held back, each with what to fix. */
    @GetMapping("/parked")
    public List<Map<String, Object>> parked() {
        return prices.parked().stream().map(price -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("shopId", price.shopId());
            view.put("sellerSku", price.sellerSku());
            view.put("netsuiteItemId", price.itemId());
            view.put("price", price.price() == null ? null : price.price().toPlainString());
            view.put("currency", price.currency());
            view.put("reason", price.parkedReason());
            return view;
        }).toList();
    }

    /** Sends the SKU's price again at the next push round (after its cause was fixed). */
    @PostMapping("/shops/{shopId}/skus/{sellerSku}/repush")
    public ResponseEntity<Map<String, String>> repush(
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String shopId,
            @PathVariable @Pattern(regexp = PathIds.SELLER_SKU, message = PathIds.SELLER_SKU_MESSAGE) String sellerSku) {
        if (!prices.repush(shopId, sellerSku)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no price for SKU " + sellerSku + " in shop " + shopId);
        }
        return ResponseEntity.accepted().body(Map.of("message", "queued for the next price push"));
    }

    /**
     * Reads the item's prices from NetSuite now, whatever its last change (after a fix in NetSuite that
     * did not move the item's modification date, say), and answers the SKU prices it gave; they go to
     * TikTok at the next push round.
     */
    @PostMapping("/items/{itemId}/refresh")
    public Map<String, Object> refresh(
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String itemId) {
        int read;
        try {
            read = reader.readItems(List.of(itemId));
        } catch (SuiteTalkException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "NetSuite could not be read now ("
                    + e.getMessage() + "); try again, or wait for the next poll", e);
        }
        if (read == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "NetSuite has no inventory item " + itemId);
        }
        List<Map<String, Object>> skus = prices.ofItem(itemId).stream().map(price -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("shopId", price.shopId());
            view.put("sellerSku", price.sellerSku());
            view.put("price", price.price() == null ? null : price.price().toPlainString());
            view.put("currency", price.currency());
            view.put("pushDue", price.pushDue());
            view.put("parkedReason", price.parkedReason());
            return view;
        }).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("netsuiteItemId", itemId);
        answer.put("skus", skus);
        answer.put("message", skus.isEmpty() ? "read; the item is not listed on TikTok in a priced shop"
                : "read; changed prices go to TikTok at the next push round");
        return answer;
    }
}
