package io.suitetok.sandbox.netsuite.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The access tokens the token endpoint issued, each good for an hour as in NetSuite. */
public final class AccessTokens {

    public static final Duration LIFETIME = Duration.ofHours(1);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Clock clock;

    public AccessTokens(Clock clock) {
        this.clock = clock;
    }

    public String issue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiries.put(token, clock.instant().plus(LIFETIME));
        return token;
    }

    /** True for a token issued here and not expired. */
    public boolean valid(String token) {
        Instant expiry = token == null ? null : expiries.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** Ends every token at once (a test of renewal after NetSuite revokes or expires them). */
    public void revokeAll() {
        expiries.clear();
    }

    public int issued() {
        return expiries.size();
    }
}
