package io.suitetok.tiktok.model.product;

/** Upload Image's answer: {@code uri} goes in product payloads, {@code url} in HTML descriptions. */
public record UploadedImage(String uri, String url, Integer width, Integer height, String useCase) {
}
