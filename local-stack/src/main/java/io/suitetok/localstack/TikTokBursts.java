package io.suitetok.localstack;

import io.suitetok.sandbox.tiktok.faults.CallLog.CallRecord;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code tiktok}: from the catalogue on, every few seconds a burst: either TikTok's QPS limit drops to one call
 * per second on every endpoint for three seconds (a shared app quota used up elsewhere: 429 with Retry-After),
 * or the next twenty calls fail with 500, 502 or 503 before anything is applied (a gateway in trouble). The
 * limits are restored after each burst and at the end of the day.
 */
final class TikTokBursts implements DayFault {

    private static final Logger log = LoggerFactory.getLogger(TikTokBursts.class);
    private static final int FAILING_CALLS = 20;
    private static final int[] SERVER_ERRORS = {500, 502, 503};

    private final Random random;
    private volatile boolean stopped;
    private Thread bursts;
    private int rateBursts;
    private int errorBursts;
    private long tooMany;
    private long serverErrors;

    TikTokBursts(long seed) {
        this.random = new Random(seed ^ 0x429);
    }

    @Override
    public String name() {
        return "TikTok 429 and 5xx bursts";
    }

    @Override
    public void onPhase(DayPhase phase, Simulators simulators, RunningHub hub) {
        var control = simulators.tiktok.control();
        if (phase == DayPhase.CATALOGUE) {
            Map<String, Integer> limits = control.qpsLimits();
            bursts = new Thread(() -> burst(simulators, limits), "fault-tiktok-bursts");
            bursts.setDaemon(true);
            bursts.start();
        } else if (phase == DayPhase.OVER && bursts != null) {
            stopped = true;
            try {
                bursts.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            control.clearFaults();
            tooMany = control.calls().stream().filter(call -> call.httpStatus() == 429).count();
            serverErrors = control.calls().stream().map(CallRecord::httpStatus).filter(s -> s >= 500).count();
        }
    }

    private void burst(Simulators simulators, Map<String, Integer> limits) {
        var control = simulators.tiktok.control();
        while (!stopped) {
            pause(4_000 + random.nextInt(6_000));
            if (stopped) {
                break;
            }
            if (random.nextBoolean()) {
                limits.keySet().forEach(endpoint -> control.setQps(endpoint, 1));
                rateBursts++;
                pause(3_000);
                limits.forEach(control::setQps);
            } else {
                int status = SERVER_ERRORS[random.nextInt(SERVER_ERRORS.length)];
                control.failNext("*", FAILING_CALLS, status);
                errorBursts++;
            }
        }
        limits.forEach(control::setQps);
        log.info("TikTok bursts over: {} of 429, {} of 5xx", rateBursts, errorBursts);
    }

    @Override
    public String injected() {
        return rateBursts + " 429 bursts (" + tooMany + " calls refused), " + errorBursts + " 5xx bursts ("
                + serverErrors + " calls failed)";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
