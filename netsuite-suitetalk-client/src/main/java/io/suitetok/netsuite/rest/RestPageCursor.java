package io.suitetok.netsuite.rest;

import java.time.Instant;

/**
 * The opaque cursor of a REST read page: the watermark the first page was asked with and the page to read
 * next. SuiteQL keeps no search on the server, so the next page is the same statement at the next offset
 * (ordered by internal id, so records modified meanwhile keep their place).
 */
record RestPageCursor(int pageIndex, Instant since) {

    private static final String PREFIX = "rest:";

    String encode() {
        return PREFIX + pageIndex + ":" + since;
    }

    static RestPageCursor decode(String cursor) {
        if (cursor == null || !cursor.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a SuiteTalk REST page cursor: " + cursor);
        }
        String rest = cursor.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        try {
            int pageIndex = Integer.parseInt(rest.substring(0, colon));
            if (pageIndex < 1) {
                throw new IllegalArgumentException("not a SuiteTalk REST page cursor: " + cursor);
            }
            return new RestPageCursor(pageIndex, Instant.parse(rest.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a SuiteTalk REST page cursor: " + cursor, e);
        }
    }
}
