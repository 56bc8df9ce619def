package io.suitetok.catalog.images;

/** An item's image could not be read; the item is parked with this message. */
public class ImageUnavailableException extends RuntimeException {

    public ImageUnavailableException(String message) {
        super(message);
    }
}
