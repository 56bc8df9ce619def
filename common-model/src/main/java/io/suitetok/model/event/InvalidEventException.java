package io.suitetok.model.event;

/**
 * An event that cannot be read: malformed JSON, a missing required field, a payload of the wrong
 * shape. Retrying cannot fix it, so consumers send it to the dead-letter topic at once.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
