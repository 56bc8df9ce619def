package io.suitetok.netsuite.gateway.soap;

/** The opaque cursor of a SOAP search page: NetSuite's search id and the page to fetch next. */
record SearchCursor(String searchId, int pageIndex) {

    String encode() {
        return pageIndex + ":" + searchId;
    }

    static SearchCursor decode(String cursor) {
        int colon = cursor == null ? -1 : cursor.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("not a SuiteTalk search cursor: " + cursor);
        }
        return new SearchCursor(cursor.substring(colon + 1), Integer.parseInt(cursor.substring(0, colon)));
    }
}
