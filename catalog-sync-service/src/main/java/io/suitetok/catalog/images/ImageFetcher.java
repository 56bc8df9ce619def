package io.suitetok.catalog.images;

/** Reads an image file from NetSuite's file cabinet (or wherever the item's image URL points). */
public interface ImageFetcher {

    byte[] fetch(String url);
}
