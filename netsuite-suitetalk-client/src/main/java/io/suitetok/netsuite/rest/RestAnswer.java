package io.suitetok.netsuite.rest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A REST answer the caller decides about: a success, or a refusal of the record itself (400, 404),
 * whose NetSuite code and detail are in {@code o:errorDetails}.
 */
record RestAnswer(int status, String location, JsonNode body) {

    RestAnswer {
        body = body == null ? MissingNode.getInstance() : body;
    }

    boolean successful() {
        return status >= 200 && status < 300;
    }

    /** NetSuite's first {@code o:errorCode}, or {@code HUB_HTTP_<status>} when the body has none. */
    String errorCode() {
        String code = body.path("o:errorDetails").path(0).path("o:errorCode").asString("");
        return code.isEmpty() ? "HUB_HTTP_" + status : code;
    }

    String errorDetail() {
        String detail = body.path("o:errorDetails").path(0).path("detail").asString("");
        return detail.isEmpty() ? body.path("title").asString("HTTP " + status) : detail;
    }

    /** The internal id at the end of the {@code Location} a PUT or POST answers with. */
    String locationId() {
        return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
    }
}
