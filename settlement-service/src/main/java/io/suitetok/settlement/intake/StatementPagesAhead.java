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
 * pages (a few hundred lines) wait to be stored, so a statement of a million lines never sits in memory.
 */
final class StatementPagesAhead implements AutoCloseable {

    static final int PAGES_AHEAD = 8;
    static final int PAGES_PER_STORE = 5;

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
    /** The end (or a failure) met while collecting pages, returned on the next call. */
    private Item pending;

    StatementPagesAhead(TikTokShopClient tiktok, ShopContext shop, Statement header, int pageSize, MeterRegistry meters) {
        String shopId = shop.shopId().value();
        Timer reading = meters.timer("settlement.ingest.read");
        reader = new Thread(() -> {
            try {
                String token = null;
                do {
                    long started = System.nanoTime();
                    StatementTransactionPage page = tiktok.finance().statementTransactions(shop, header.id(), pageSize,
                            token);
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

    /**
     * The lines of the next page and of any further pages already read (up to {@link #PAGES_PER_STORE}), or
     * null after the last page; TikTok's failure is thrown here, on the caller's thread. When the database is
     * the slower side, pages wait here and are then stored several at a time, so its per-statement overhead
     * (a round trip, a plan, a commit) is paid once for them.
     */
    List<IngestedLine> next() {
        Item item = pending != null ? pending : take();
        pending = null;
        if (!(item instanceof Lines first)) {
            return end(item);
        }
        List<IngestedLine> lines = first.lines();
        for (int pages = 1; pages < PAGES_PER_STORE; pages++) {
            Item more = ready.poll();
            if (more == null) {
                break;
            }
            if (!(more instanceof Lines page)) {
                pending = more;
                break;
            }
            if (lines == first.lines()) {
                lines = new ArrayList<>(first.lines());
            }
            lines.addAll(page.lines());
        }
        return lines;
    }

    private Item take() {
        if (ended) {
            return new End();
        }
        try {
            return ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for statement pages", e);
        }
    }

    private List<IngestedLine> end(Item item) {
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
