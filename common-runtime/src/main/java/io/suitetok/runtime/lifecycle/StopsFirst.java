package io.suitetok.runtime.lifecycle;

import org.springframework.context.SmartLifecycle;

/**
 * A service's schedules, stopped in the lifecycle's first phase: before the Kafka listeners, the web server,
 * the executors and the database pool they use go. No round starts after {@link #stop()}; one under way may
 * finish and record what it did (how long it is waited for is the schedule's own business).
 */
public abstract class StopsFirst implements SmartLifecycle {

    private volatile boolean running;

    @Override
    public final void start() {
        running = true;
        startSchedules();
    }

    @Override
    public final void stop() {
        running = false;
        stopSchedules();
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** Starts what runs on a schedule (called once the context is refreshed). */
    protected abstract void startSchedules();

    /** Starts no new round and waits for those under way as the schedule sees fit. */
    protected abstract void stopSchedules();
}
