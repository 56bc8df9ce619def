package io.suitetok.sandbox.netsuite.governance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Other integrations on the same account (a 3PL connector, a scheduled script, a user's CSV import)
 * taking slots of the shared concurrency limit: each simulated integration holds one slot for
 * {@code hold}, lets go for {@code pause}, and so on until stopped. The hub's share must leave room for
 * them, which is what the adaptive client limit is for.
 */
public final class OtherIntegrationTraffic implements AutoCloseable {

    /** The traffic's shape; {@code slots} integrations run at once. */
    public record Shape(int slots, Duration hold, Duration pause) {

        public static Shape none() {
            return new Shape(0, Duration.ZERO, Duration.ZERO);
        }
    }

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private OtherIntegrationTraffic() {
    }

    public static OtherIntegrationTraffic start(AccountConcurrencyGate gate, Shape shape) {
        OtherIntegrationTraffic traffic = new OtherIntegrationTraffic();
        for (int i = 0; i < shape.slots(); i++) {
            Thread thread = new Thread(() -> traffic.run(gate, shape), "other-integration-" + i);
            thread.setDaemon(true);
            traffic.threads.add(thread);
            thread.start();
        }
        return traffic;
    }

    private void run(AccountConcurrencyGate gate, Shape shape) {
        try {
            while (running) {
                if (gate.tryEnterOther()) {
                    try {
                        Thread.sleep(shape.hold().toMillis());
                    } finally {
                        gate.exitOther();
                    }
                    Thread.sleep(shape.pause().toMillis());
                } else {
                    Thread.sleep(1);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
