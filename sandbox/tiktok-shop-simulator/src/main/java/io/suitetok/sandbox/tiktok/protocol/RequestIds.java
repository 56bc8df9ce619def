package io.suitetok.sandbox.tiktok.protocol;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** TikTok-style request ids: the UTC second, then random hex ({@code 20240613093011A1B2...}). */
public final class RequestIds {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private RequestIds() {
    }

    public static String next(Clock clock) {
        byte[] random = new byte[10];
        ThreadLocalRandom.current().nextBytes(random);
        return SECOND.format(clock.instant()) + HexFormat.of().withUpperCase().formatHex(random);
    }
}
