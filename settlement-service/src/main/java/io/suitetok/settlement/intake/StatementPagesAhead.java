package io.suitetok.settlement.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.finance.Statement;
import io.suitetok.tiktok.model.finance.StatementTransaction;
import io.suitetok.tiktok.model.finance.StatementTransactionPage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A statement's transaction pages, read on a thread of their own while the caller stores the previous ones:
 * TikTok's answer time and the database's then overlap instead of adding up. TikTok's page tokens chain (each
 * page names the next), so the pages themselves are read one after another. At most {@link #PAGES_AHEAD}
 * pages wait to be stored, so a statement of a million lines still never sits in memory.
 */
final class StatementPagesAhead implements AutoCloseable {

    static final int PAGES_AHEAD = 3;

    private sealed interface Item permits Lines, End, Failure {
    }

    private record Lines(List<IngestedLine> lines) implements Item {
    }

    private record End() implements Item {
    }

    private record Failure(RuntimeException cause) implements Item {
    }

    private final BlockingQueue<Item> ready = new ArrayBlockingQueue<>(PAGES_AHEAD);
    private final Thread reader;
    private boolean ended;

    StatementPagesAhead(TikTokShopClient tiktok, ShopContext shop, Statement header, MeterRegistry meters) {
        String shopId = shop.shopId().value();
        Timer reading = meters.timer("settlement.ingest.read");
        reader = new Thread(() -> {
            try {
                String token = null;
                do {
                    long started = System.nanoTime();
                    StatementTransactionPage page = tiktok.finance().statementTransactions(shop, header.id(), token);
                    List<IngestedLine> batch = new ArrayList<>();
                    for (StatementTransaction tx : page.statementTransactions() == null
                            ? List.<StatementTransaction>of() : page.statementTransactions()) {
                        batch.add(IngestedLine.of(shopId, header.id(), header.currency(), tx, tx.otherAmounts()));
                    }
                    reading.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
                    ready.put(new Lines(batch));
                    token = page.hasMore() ? page.nextPageToken() : null;
                } while (token != null);
                ready.put(new End());
            } catch (InterruptedException e) {
                // the caller stopped storing (it failed, or closed early): nobody waits for more pages
            } catch (RuntimeException e) {
                try {
                    ready.put(new Failure(e));
                } catch (InterruptedException stopped) {
                    // as above
                }
            }
        }, "statement-pages-" + header.id());
        reader.setDaemon(true);
        reader.start();
    }

    /** The next page's lines, or null after the last page; TikTok's failure is thrown here, on the caller's thread. */
    List<IngestedLine> next() {
        if (ended) {
            return null;
        }
        Item item;
        try {
            item = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for statement pages", e);
        }
        if (item instanceof Lines page) {
            return page.lines();
        }
        ended = true;
        if (item instanceof Failure failure) {
            throw failure.cause();
        }
        return null;
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
