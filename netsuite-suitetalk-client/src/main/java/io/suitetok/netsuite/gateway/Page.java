package io.suitetok.netsuite.gateway;

import java.util.List;
import java.util.Optional;

/**
 * One page of a search. {@link #next()} is an opaque cursor for the following page, empty on the last
 * one; pass it back to the same gateway's {@code more...} method.
 */
public record Page<T>(List<T> items, int pageIndex, int totalPages, int totalRecords, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
