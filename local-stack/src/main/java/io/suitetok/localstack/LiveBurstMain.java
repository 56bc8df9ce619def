package io.suitetok.localstack;

/**
 * {@code ./run-hub --live-burst [--orders N] [--rate R] [--seed S] [--steady-seconds T] [--warm-up N]}: the LIVE burst
 * benchmark ({@link LiveBurst}); prints its table (goals beside the figures); exits 1 only if it could not run.
 */
public final class LiveBurstMain {

    private LiveBurstMain() {
    }

    public static void main(String[] args) {
        ConsoleLogging.install();
        LiveBurst.Options options;
        try {
            options = LiveBurst.Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int status = 0;
        try (LiveBurst burst = new LiveBurst(options)) {
            System.out.println(burst.run());
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }
}
