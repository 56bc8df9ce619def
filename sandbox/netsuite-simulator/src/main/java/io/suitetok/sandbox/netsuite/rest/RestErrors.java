package io.suitetok.sandbox.netsuite.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NetSuite's REST error body: an RFC 9457-style problem with {@code type}, {@code title},
 * {@code status} and {@code o:errorDetails}, each detail a message with NetSuite's error code.
 */
final class RestErrors {

    static final String LOGIN_DETAIL = "Invalid login attempt. For more details, see the Login Audit Trail in the"
            + " NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.";

    private RestErrors() {
    }

    static Map<String, Object> body(int status, String code, String detail) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "https://www.rfc-editor.org/rfc/rfc9110.html#section-" + section(status));
        error.put("title", title(status));
        error.put("status", status);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("detail", detail);
        item.put("o:errorCode", code);
        error.put("o:errorDetails", List.of(item));
        return error;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Record Not Found";
            case 405 -> "Method Not Allowed";
            case 429 -> "Too Many Requests";
            default -> "Internal Server Error";
        };
    }

    private static String section(int status) {
        return switch (status) {
            case 400 -> "15.5.1";
            case 401 -> "15.5.2";
            case 404 -> "15.5.5";
            case 405 -> "15.5.6";
            case 429 -> "6"; // RFC 6585 defines 429; NetSuite's exact link here is not verified
            default -> "15.6.1";
        };
    }
}
