package io.suitetok.tiktok.model.product;

import java.util.List;

/** Get Category Rules: what a product in the category must carry beyond its attributes. */
public record CategoryRules(List<Certification> productCertifications, Rule sizeChart, Rule packageDimension) {

    public record Certification(String id, String name, Boolean isRequired) {
    }

    public record Rule(Boolean isRequired, Boolean isSupported) {
    }
}
