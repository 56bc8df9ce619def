package io.suitetok.testkit;

/**
 * How a benchmark's {@code main} ends: the exit status says whether it ran to the end, and the JVM exits
 * even though the embedded broker and database keep non-daemon threads alive.
 */
public final class BenchmarkRun {

    /** The benchmark itself. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    private BenchmarkRun() {
    }

    public static void exitAfter(Body benchmark) throws Exception {
        int status = 1;
        try {
            benchmark.run();
            status = 0;
        } finally {
            System.exit(status);
        }
    }
}
