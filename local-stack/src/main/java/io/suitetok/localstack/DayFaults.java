package io.suitetok.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code --fault kill:order-sync:2,netsuite,webhooks}: the faults of one day, comma-separated, each started at
 * its step and over before the invariants. Choices within them (when to kill, which call fails) follow the
 * day's seed, so a failing day can be run again.
 */
final class DayFaults {

    private DayFaults() {
    }

    static List<DayFault> parse(String spec, long seed) {
        List<DayFault> faults = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return faults;
        }
        for (String part : spec.split(",")) {
            String[] words = part.trim().split(":");
            switch (words[0]) {
                case "kill" -> {
                    if (words.length != 3) {
                        throw new IllegalArgumentException("--fault kill:<service>:<times>, not " + part);
                    }
                    faults.add(new ServiceKills(words[1], Integer.parseInt(words[2]), seed));
                }
                case "broker" -> faults.add(new BrokerRestarts(words.length > 1 ? Integer.parseInt(words[1]) : 1, seed));
                case "netsuite" -> faults.add(new NetSuiteFaultShares(seed));
                case "tiktok" -> faults.add(new TikTokBursts(seed));
                case "webhooks" -> faults.add(new WebhooksTripled());
                default -> throw new IllegalArgumentException("unknown fault " + part + ": kill:<service>:<n>, "
                        + "broker[:<n>], netsuite, tiktok or webhooks");
            }
        }
        return faults;
    }

    static String names(List<DayFault> faults) {
        return faults.stream().map(DayFault::name).collect(Collectors.joining(" + "));
    }

    static String injected(List<DayFault> faults) {
        return faults.stream().map(DayFault::injected).collect(Collectors.joining("; "));
    }
}
