package io.suitetok.tiktok.model.order;

import java.util.List;

/** One page of Get Order List; an empty {@code nextPageToken} means the last page. */
public record OrderPage(List<TikTokOrder> orders, String nextPageToken, Integer totalCount) {

    public boolean hasMore() {
        return nextPageToken != null && !nextPageToken.isEmpty();
    }
}
