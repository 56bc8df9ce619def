package io.suitetok.tiktok.model.finance;

import java.util.List;

/** One page of Get Payments. */
public record PayoutPage(List<Payout> payments, String nextPageToken) {

    public boolean hasMore() {
        return nextPageToken != null && !nextPageToken.isEmpty();
    }
}
