package io.suitetok.pricing.promotion;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.PromotionSnapshot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of what a promotion sends to one shop: its terms and NetSuite's window, and every SKU's
 * activity price (so a new shop price changes it too). NetSuite gives promotion codes no modification
 * date; comparing this with the stored one is how a changed promotion is told from an unchanged one.
 */
final class PromotionFingerprint {

    private PromotionFingerprint() {
    }

    static String of(PromotionSnapshot promotion, List<PlannedSku> skus) {
        StringBuilder text = terms(promotion);
        skus.stream().sorted(Comparator.comparing(PlannedSku::skuId)).forEach(sku -> text.append('|')
                .append(sku.productId()).append('/').append(sku.skuId()).append('=')
                .append(sku.activityPrice().toPlainString()).append(sku.currency()));
        return digest(text.toString());
    }

    static String ofRefusal(PromotionSnapshot promotion, String reason) {
        return digest(terms(promotion).append("|refused:").append(reason).toString());
    }

    private static StringBuilder terms(PromotionSnapshot promotion) {
        return new StringBuilder().append(promotion.kind()).append('|')
                .append(promotion.discount() == null ? "" : promotion.discount().stripTrailingZeros().toPlainString())
                .append('|').append(promotion.currency()).append('|').append(promotion.start()).append('|')
                .append(promotion.end()).append('|')
                .append(promotion.items().stream().map(NetSuiteInternalId::value).sorted().toList());
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
