package io.suitetok.localstack;

import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run-hub [options]}: runs the day, prints the report, exits 1 if an invariant failed; by
 * default then keeps the hub running and prints where to look.
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Before anything logs: the stack's quiet console configuration, for the broker and every context alike.
        ConsoleLogging.install();
        StackOptions options;
        try {
            options = StackOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalStack stack = new LocalStack(options);
        LocalStack.Outcome outcome;
        try {
            outcome = stack.runDay();
        } catch (RuntimeException e) {
            e.printStackTrace();
            stack.close();
            System.exit(1);
            return;
        }
        System.out.println(outcome.report());
        System.out.println(outcome.verdictLine(options.seed()));
        if (options.fault() != null) {
            System.out.println(FaultSuite.rowLine(outcome, options));
        }
        if (options.exitAfterReport()) {
            stack.close();
            System.exit(outcome.passed() ? 0 : 1);
            return;
        }
        System.out.println(stack.urls());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        new CountDownLatch(1).await();
    }
}
