package io.suitetok.catalog.listing;

/** What publishing an item to one shop did. */
public enum PublishOutcome {
    CREATED,
    EDITED,
    LINKED,
    UNCHANGED,
    PARKED,
    DEACTIVATED,
    NOT_LISTED
}
