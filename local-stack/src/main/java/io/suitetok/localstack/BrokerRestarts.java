package io.suitetok.localstack;

import io.suitetok.testkit.EmbeddedInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kafka.server.BrokerServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * {@code broker:<n>}: the Kafka broker stops in the middle of the order burst, stays down for a few seconds
 * while orders keep coming, and starts again; {@code n} times, ten to twenty seconds apart.
 *
 * <p>How, and how honest: the broker is the embedded KRaft node of spring-kafka-test in the stack's JVM, one
 * process holding a controller and a broker. Its broker role ({@link BrokerServer}) is shut down and started
 * again in place: the listener comes back on the same port (the test kit binds each listener's port once and
 * reuses it), with the same log directory, so what was written before is there after, and the controller
 * stays up, as in a cluster whose controllers run apart. Every service loses its connections, its producers
 * buffer or fail, its consumers lose their coordinator and join again: what a broker restart does to them. It is
 * a controlled shutdown (the logs flushed and closed), not a SIGKILL: that would need the broker in a process of
 * its own; as the broker's page cache survives a killed process, the log a client sees would be the same.
 * Starting again waits until the controller has expired the old registration (about six seconds).
 */
final class BrokerRestarts implements DayFault {

    private static final Logger log = LoggerFactory.getLogger(BrokerRestarts.class);

    private final int restarts;
    private final Random random;
    private final List<Long> downSeconds = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private Thread restarter;

    BrokerRestarts(int restarts, long seed) {
        if (restarts < 1) {
            throw new IllegalArgumentException("broker:<n> needs at least one restart");
        }
        this.restarts = restarts;
        this.random = new Random(seed ^ 0xB80CE8L);
    }

    @Override
    public String name() {
        return "Kafka broker restart";
    }

    @Override
    public void onPhase(DayPhase phase, Simulators simulators, RunningHub hub) {
        if (phase == DayPhase.ORDERS_HALF_PLACED) {
            restarter = new Thread(this::restartRepeatedly, "fault-broker-restart");
            restarter.setDaemon(true);
            restarter.start();
        } else if (phase == DayPhase.OVER && restarter != null) {
            try {
                restarter.join(Duration.ofMinutes(3).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void restartRepeatedly() {
        BrokerServer broker = ((EmbeddedKafkaKraftBroker) EmbeddedInfrastructure.kafka()).getCluster().brokers()
                .values().iterator().next();
        for (int i = 0; i < restarts; i++) {
            if (i > 0) {
                pause(10_000 + random.nextInt(10_000));
            }
            long stopped = System.nanoTime();
            try {
                broker.shutdown();
                broker.awaitShutdown();
                log.info("Kafka broker stopped ({} of {})", i + 1, restarts);
                pause(2_000 + random.nextInt(3_000));
                broker.startup();
            } catch (RuntimeException e) {
                failures.add("restart " + (i + 1) + " failed: " + e.getMessage());
                log.error("the Kafka broker did not start again", e);
                return;
            }
            downSeconds.add((System.nanoTime() - stopped) / 1_000_000_000);
            log.info("Kafka broker started again after {} s down", downSeconds.get(downSeconds.size() - 1));
        }
    }

    @Override
    public String injected() {
        return downSeconds.size() + " restarts, down " + downSeconds + " s" + (failures.isEmpty() ? "" : ", "
                + failures);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
