package io.suitetok.tiktok.model.finance;

import java.util.List;

/** One page of Get Statements. */
public record StatementPage(List<Statement> statements, String nextPageToken) {

    public boolean hasMore() {
        return nextPageToken != null && !nextPageToken.isEmpty();
    }
}
