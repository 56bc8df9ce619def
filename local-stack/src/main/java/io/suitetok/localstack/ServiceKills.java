package io.suitetok.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kill:<service>:<n>}: from the start of the service's busiest step, SIGKILL it {@code n} times, each
 * restarted at once on the same ports (as Kubernetes restarts a pod's container) and killed again after it has
 * been ready for one to five seconds, a random time from the day's seed, so the kills land while it is catching
 * up with what piled up during its absence. The day goes on meanwhile: orders keep coming, webhooks are retried.
 * The day does not go past {@link #killsDoneBy} before all {@code n} kills are done and the service is ready
 * again (the step it holds up waits longer under faults), so the later steps and the invariants look at a
 * running hub.
 */
final class ServiceKills implements DayFault {

    private static final Logger log = LoggerFactory.getLogger(ServiceKills.class);

    private final String service;
    private final int kills;
    private final Random random;
    private final List<String> failures = new ArrayList<>();
    private volatile boolean stopped;
    private volatile int done;
    private Thread killer;

    ServiceKills(String service, int kills, long seed) {
        if (busiestStep(service) == null) {
            throw new IllegalArgumentException("no service " + service + " to kill: catalog-sync, order-sync, "
                    + "inventory-sync, pricing-sync or settlement");
        }
        if (kills < 1) {
            throw new IllegalArgumentException("kill:" + service + " needs at least one kill");
        }
        this.service = service;
        this.kills = kills;
        this.random = new Random(seed ^ service.hashCode());
    }

    /** Where each service has the most in flight: the step the day waits on it for. */
    static DayPhase busiestStep(String service) {
        return switch (service) {
            case "catalog-sync" -> DayPhase.CATALOGUE;
            case "inventory-sync" -> DayPhase.STOCK;
            case "pricing-sync" -> DayPhase.PRICES;
            case "order-sync" -> DayPhase.ORDERS_HALF_PLACED;
            case "settlement" -> DayPhase.SETTLEMENT;
            default -> null;
        };
    }

    @Override
    public String name() {
        return "kill -9 " + service;
    }

    /**
     * The step the day does not begin before every kill is done and the service is back: the busy step gets all
     * of them, and what comes after (whose own waits see the flows catch up) runs against a living service. For
     * pricing-sync that is before finance's changes: an effective-dated price or a promotion starting while the
     * only pricing-sync is down cannot switch at its instant, which the price invariant requires to the second;
     * one process cannot keep a clock while it is dead (the chart runs two replicas).
     */
    static DayPhase killsDoneBy(String service) {
        return switch (service) {
            case "catalog-sync" -> DayPhase.STOCK;
            case "inventory-sync" -> DayPhase.PRICES;
            case "pricing-sync" -> DayPhase.PRICE_CHANGES;
            case "order-sync" -> DayPhase.FULFILMENT;
            default -> DayPhase.OVER;
        };
    }

    @Override
    public void onPhase(DayPhase phase, Simulators simulators, RunningHub hub) {
        if (phase == busiestStep(service)) {
            ServiceProcess process = find(hub);
            killer = new Thread(() -> killRepeatedly(process), "fault-kill-" + service);
            killer.setDaemon(true);
            killer.start();
        } else if ((phase == killsDoneBy(service) || phase == DayPhase.OVER) && killer != null) {
            try {
                // Ten kills take three to four minutes on a busy machine; this only bounds a stuck restart.
                killer.join(Duration.ofMinutes(8).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped = true;
        }
    }

    private ServiceProcess find(RunningHub hub) {
        HubService running = hub.all().stream().filter(s -> s.name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + service + " in the hub"));
        if (!(running instanceof ServiceProcess process)) {
            throw new IllegalStateException("kill:" + service + " needs --processes: a Spring context in this JVM "
                    + "cannot be killed with SIGKILL");
        }
        return process;
    }

    private void killRepeatedly(ServiceProcess process) {
        // The first kill comes in the middle of the work: at once in the order burst, else within the step's first
        // seconds (a step's first second is mostly reading, its work piles up after).
        if (busiestStep(service) != DayPhase.ORDERS_HALF_PLACED) {
            pause(500 + random.nextInt(1_500));
        }
        while (done < kills && !stopped) {
            process.kill();
            done++;
            log.info("{} killed ({} of {}), restarting", service, done, kills);
            try {
                process.restart();
            } catch (RuntimeException e) {
                failures.add("restart " + done + " failed: " + e.getMessage());
                log.error("{} did not come back after kill {}", service, done, e);
                return;
            }
            pause(1_000 + random.nextInt(4_000));
        }
    }

    @Override
    public String injected() {
        return done + " kills" + (failures.isEmpty() ? "" : ", " + failures);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
