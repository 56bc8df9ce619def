package io.suitetok.catalog.images;

/**
 * What TikTok checks about an image before listing it. {@code position} is 1-based, as a
 * merchandiser counts images on the item record.
 */
public record ImageFacts(int position, String fileName, String format, int width, int height, long bytes) {
}
