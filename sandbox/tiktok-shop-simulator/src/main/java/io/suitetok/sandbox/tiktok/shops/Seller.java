package io.suitetok.sandbox.tiktok.shops;

/** The seller account whose shops the app is authorized for. */
public record Seller(String id, String name, String baseRegion, String openId) {
}
