package io.suitetok.localstack;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run of the local stack does, from the command line ({@code ./run-hub --orders 100}).
 *
 * @param items              NetSuite items to seed, matrix parents and children included
 * @param orders             TikTok orders to place during the day
 * @param seed               seed of every random choice, so a failing day can be replayed exactly
 * @param exitAfterReport    stop after the report instead of serving the stack for exploration
 * @param fixedPorts         the documented ports (services 8081-8083, TikTok 18081, NetSuite 8920);
 *                           tests take free ports so they can run beside a running stack
 * @param netsuiteLatency    scale of the NetSuite simulator's latency model (1.0 = its sandbox-like defaults)
 * @param processes          each service in its own JVM from its {@code -exec} jar, instead of all in this one
 * @param fault              what the day must survive ({@link DayFaults#parse}), or null for a quiet day
 * @param netsuiteApi        which NetSuite adapter the services use: {@code soap} (TBA) or {@code rest} (OAuth 2.0)
 */
public record StackOptions(int items, int orders, long seed, boolean exitAfterReport, boolean fixedPorts,
        double netsuiteLatency, boolean processes, String fault, String netsuiteApi) {

    public static final int DEFAULT_ITEMS = 200;
    public static final int DEFAULT_ORDERS = 500;
    public static final long DEFAULT_SEED = 20261126L;
    public static final double DEFAULT_NETSUITE_LATENCY = 0.25;

    public StackOptions {
        if (items < 30) {
            throw new IllegalArgumentException("--items must be at least 30 (one tee, one hoodie, a few mugs)");
        }
        if (orders < 1) {
            throw new IllegalArgumentException("--orders must be at least 1");
        }
        if (netsuiteLatency < 0) {
            throw new IllegalArgumentException("--netsuite-latency must not be negative");
        }
        if (!"soap".equals(netsuiteApi) && !"rest".equals(netsuiteApi)) {
            throw new IllegalArgumentException("--netsuite-api must be soap or rest");
        }
    }

    public static StackOptions defaults() {
        return new StackOptions(DEFAULT_ITEMS, DEFAULT_ORDERS, DEFAULT_SEED, false, true, DEFAULT_NETSUITE_LATENCY,
                false, null, "soap");
    }

    public StackOptions sized(int newItems, int newOrders) {
        return new StackOptions(newItems, newOrders, seed, exitAfterReport, fixedPorts, netsuiteLatency, processes,
                fault, netsuiteApi);
    }

    public StackOptions onFreePorts() {
        return new StackOptions(items, orders, seed, true, false, netsuiteLatency, processes, fault, netsuiteApi);
    }

    public StackOptions inProcesses() {
        return new StackOptions(items, orders, seed, exitAfterReport, fixedPorts, netsuiteLatency, true, fault,
                netsuiteApi);
    }

    public StackOptions onNetSuiteApi(String api) {
        return new StackOptions(items, orders, seed, exitAfterReport, fixedPorts, netsuiteLatency, processes, fault,
                api);
    }

    /** A day with faults to survive: {@code kill:order-sync:2,netsuite,webhooks} (see {@link DayFaults}). */
    public StackOptions withFault(String newFault) {
        DayFaults.parse(newFault, seed); // refused here, before anything starts, if it does not parse
        return new StackOptions(items, orders, seed, exitAfterReport, fixedPorts, netsuiteLatency, processes, newFault,
                netsuiteApi);
    }

    static StackOptions parse(String... args) {
        StackOptions options = defaults();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            String inline = null;
            int equals = flag.indexOf('=');
            if (equals > 0) {
                inline = flag.substring(equals + 1);
                flag = flag.substring(0, equals);
            }
            switch (flag) {
                case "--exit-after-report" -> options = new StackOptions(options.items, options.orders, options.seed,
                        true, options.fixedPorts, options.netsuiteLatency, options.processes, options.fault,
                        options.netsuiteApi);
                case "--orders" -> options = options.sized(options.items, Integer.parseInt(value(flag, inline, rest)));
                case "--items" -> options = options.sized(Integer.parseInt(value(flag, inline, rest)), options.orders);
                case "--seed" -> options = new StackOptions(options.items, options.orders,
                        Long.parseLong(value(flag, inline, rest)), options.exitAfterReport, options.fixedPorts,
                        options.netsuiteLatency, options.processes, options.fault, options.netsuiteApi);
                case "--netsuite-latency" -> options = new StackOptions(options.items, options.orders, options.seed,
                        options.exitAfterReport, options.fixedPorts, Double.parseDouble(value(flag, inline, rest)),
                        options.processes, options.fault, options.netsuiteApi);
                case "--processes" -> options = options.inProcesses();
                case "--free-ports" -> options = new StackOptions(options.items, options.orders, options.seed,
                        options.exitAfterReport, false, options.netsuiteLatency, options.processes, options.fault,
                        options.netsuiteApi);
                case "--fault" -> options = options.withFault(value(flag, inline, rest));
                case "--netsuite-api" -> options = options.onNetSuiteApi(value(flag, inline, rest));
                default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + usage());
            }
        }
        return options;
    }

    private static String value(String flag, String inline, List<String> rest) {
        if (inline != null) {
            return inline;
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(flag + " needs a value\n" + usage());
        }
        return rest.remove(0);
    }

    static String usage() {
        return """
                usage: ./run-hub [--orders N] [--items N] [--seed N] [--netsuite-latency X] [--exit-after-report]
                                 [--processes] [--free-ports] [--fault F] [--netsuite-api soap|rest]
                       ./run-hub --fault-suite [--full] [--seed N]
                  --orders N            TikTok orders placed during the day (default %d)
                  --items N             NetSuite items seeded, matrix parents and children counted (default %d, min 30)
                  --seed N              seed of every random choice; the same seed replays the same day (default %d)
                  --netsuite-latency X  scale of the NetSuite simulator's latency model (default %s; 1.0 = sandbox-like)
                  --exit-after-report   exit after the report (code 1 if an invariant failed) instead of serving
                  --processes           each service in its own JVM from its -exec jar (logs in the day's folder)
                  --netsuite-api A      soap (token-based auth, the default) or rest (SuiteTalk REST, OAuth 2.0)
                  --free-ports          free ports instead of the documented ones (the fault suite's days)
                  --fault F             a day in processes with faults to survive, comma-separated:
                                        kill:<service>:<n> (n SIGKILLs with restart from its busiest step),
                                        broker:<n> (the Kafka broker restarted n times from mid order burst),
                                        netsuite (20 %% of calls WS_REQUEST_BLOCKED, 5 %% answers lost after commit),
                                        tiktok (429 and 5xx bursts), webhooks (each delivered 3 times, shuffled)
                  --fault-suite         one small day per fault (every service killed 2 times, a broker restart,
                                        NetSuite, TikTok, webhooks), each in a fresh JVM, then a table of every
                                        invariant per day; exit 1 if any failed
                  --full                with --fault-suite: each service killed 10 times, the broker restarted 3 (about an hour)
                """.formatted(DEFAULT_ORDERS, DEFAULT_ITEMS, DEFAULT_SEED, DEFAULT_NETSUITE_LATENCY);
    }
}
