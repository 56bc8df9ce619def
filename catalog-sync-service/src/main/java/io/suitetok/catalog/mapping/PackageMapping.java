package io.suitetok.catalog.mapping;

import io.suitetok.model.catalog.CatalogItem.PackageSpec;
import io.suitetok.tiktok.model.product.ProductRequest.PackageDimensions;
import io.suitetok.tiktok.model.product.ProductRequest.PackageWeight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * NetSuite weights and sizes in TikTok's units. TikTok pairs KILOGRAM with CENTIMETER and POUND with
 * INCH, so an item weighed in pounds but measured in centimetres is converted to one system: metric
 * unless both are imperial. Only US shops take imperial units at all; every other market wants
 * KILOGRAM, so there everything is converted to metric.
 */
final class PackageMapping {

    private static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");
    private static final BigDecimal G_PER_KG = new BigDecimal("1000");
    private static final BigDecimal OZ_PER_LB = new BigDecimal("16");
    private static final BigDecimal CM_PER_IN = new BigDecimal("2.54");

    private PackageMapping() {
    }

    static PackageWeight weight(PackageSpec spec, boolean imperialAllowed) {
        if (spec == null || spec.weight() == null) {
            return null;
        }
        if (imperialAllowed && imperial(spec)) {
            return new PackageWeight(plain(pounds(spec)), "POUND");
        }
        return new PackageWeight(plain(kilograms(spec)), "KILOGRAM");
    }

    static PackageDimensions dimensions(PackageSpec spec, boolean imperialAllowed) {
        if (spec == null || spec.length() == null || spec.width() == null || spec.height() == null) {
            return null;
        }
        boolean inches = unit(spec.dimensionUnit()).equals("in");
        if (imperialAllowed && imperial(spec)) {
            return new PackageDimensions(plain(spec.length()), plain(spec.width()), plain(spec.height()), "INCH");
        }
        return new PackageDimensions(plain(cm(spec.length(), inches)), plain(cm(spec.width(), inches)),
                plain(cm(spec.height(), inches)), "CENTIMETER");
    }

    private static boolean imperial(PackageSpec spec) {
        String weightUnit = unit(spec.weightUnit());
        boolean imperialWeight = weightUnit.equals("lb") || weightUnit.equals("oz");
        boolean imperialSize = spec.dimensionUnit() == null || unit(spec.dimensionUnit()).equals("in");
        return imperialWeight && imperialSize;
    }

    private static BigDecimal pounds(PackageSpec spec) {
        return unit(spec.weightUnit()).equals("oz") ? spec.weight().divide(OZ_PER_LB, 3, RoundingMode.HALF_UP)
                : spec.weight();
    }

    private static BigDecimal kilograms(PackageSpec spec) {
        return switch (unit(spec.weightUnit())) {
            case "lb" -> spec.weight().multiply(KG_PER_LB).setScale(3, RoundingMode.HALF_UP);
            case "oz" -> spec.weight().divide(OZ_PER_LB, 6, RoundingMode.HALF_UP).multiply(KG_PER_LB)
                    .setScale(3, RoundingMode.HALF_UP);
            case "g" -> spec.weight().divide(G_PER_KG, 3, RoundingMode.HALF_UP);
            default -> spec.weight();
        };
    }

    private static BigDecimal cm(BigDecimal value, boolean inches) {
        return inches ? value.multiply(CM_PER_IN).setScale(1, RoundingMode.HALF_UP) : value;
    }

    private static String unit(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("_", "");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
