package io.suitetok.sandbox.tiktok.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opaque page tokens. Like TikTok's they are standard Base64, so they may contain {@code +} and
 * {@code /} and must be percent-encoded in the query (and signed decoded): a client that gets
 * this wrong fails here as it would against TikTok.
 */
public final class PageTokens {

    private static final String PREFIX = "sbx-page:";

    private PageTokens() {
    }

    public static String encode(String cursor) {
        // The padding salt makes '+' and '/' likely to show up, as they do in TikTok's tokens.
        return Base64.getEncoder().encodeToString((PREFIX + cursor + "~>?").getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String token) {
        try {
            String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX) || !text.endsWith("~>?")) {
                throw TikTokError.invalidParameter("page_token is invalid");
            }
            return text.substring(PREFIX.length(), text.length() - 3);
        } catch (IllegalArgumentException e) {
            throw TikTokError.invalidParameter("page_token is invalid");
        }
    }

    /** Offset paging over an already sorted list. */
    public static <T> Page<T> byOffset(List<T> sorted, String token, int pageSize) {
        int from = offset(token);
        int to = Math.min(sorted.size(), from + pageSize);
        List<T> items = from >= sorted.size() ? List.of() : List.copyOf(sorted.subList(from, to));
        String next = to < sorted.size() ? encode(Integer.toString(to)) : "";
        return new Page<>(items, next, sorted.size());
    }

    /** The offset an offset-paging token stands for; 0 for no token. */
    public static int offset(String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(decode(token));
            if (offset < 0) {
                throw TikTokError.invalidParameter("page_token is invalid");
            }
            return offset;
        } catch (NumberFormatException e) {
            throw TikTokError.invalidParameter("page_token is invalid");
        }
    }

    public record Page<T>(List<T> items, String nextPageToken, int totalCount) {

        /**
         * The page as a list endpoint answers it: the items under that endpoint's own name
         * ({@code statements}, {@code products}, ...), then next_page_token and total_count. One
         * place, so every offset-paged endpoint writes the same fields in the same order.
         */
        public Map<String, Object> data(String itemsField) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put(itemsField, items);
            data.put("next_page_token", nextPageToken);
            data.put("total_count", totalCount);
            return data;
        }
    }
}
