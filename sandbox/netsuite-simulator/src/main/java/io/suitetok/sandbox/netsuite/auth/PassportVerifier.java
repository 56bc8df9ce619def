package io.suitetok.sandbox.netsuite.auth;

import com.netsuite.webservices.platform.core_2025_2.TokenPassport;
import io.suitetok.netsuite.auth.TokenPassportSigner;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a SOAP {@code tokenPassport} as NetSuite does: the account id exactly as the account is
 * named ({@code 1234567_SB1}; lower case is refused), a known consumer key and token, the HMAC-SHA256
 * signature over {@code account&consumerKey&token&nonce&timestamp}, a timestamp within the allowed
 * skew, and a nonce not seen before inside that window. Every attempt is written to the audit trail.
 */
public final class PassportVerifier {

    private static final int AUDIT_SIZE = 500;

    private final String accountId;
    private final Map<String, TbaToken> tokens = new HashMap<>();
    private final Duration maxSkew;
    private final Clock clock;
    private final Map<String, Instant> seenNonces = new HashMap<>();
    private final Deque<LoginAttempt> audit = new ArrayDeque<>();

    public PassportVerifier(String accountId, List<TbaToken> tokens, Duration maxSkew, Clock clock) {
        this.accountId = accountId;
        tokens.forEach(token -> this.tokens.put(token.consumerKey() + "|" + token.tokenId(), token));
        this.maxSkew = maxSkew;
        this.clock = clock;
    }

    public synchronized void verify(TokenPassport passport) {
        if (passport == null) {
            record(null, false, "no tokenPassport header");
            throw new PassportRejected("no tokenPassport header", true);
        }
        String failure = check(passport);
        record(passport, failure == null, failure == null ? "Success" : failure);
        if (failure != null) {
            throw new PassportRejected(failure, false);
        }
    }

    public synchronized List<LoginAttempt> auditTrail() {
        return new ArrayList<>(audit);
    }

    private String check(TokenPassport passport) {
        if (!accountId.equals(passport.getAccount())) {
            return "account " + passport.getAccount() + " is not " + accountId;
        }
        TbaToken token = tokens.get(passport.getConsumerKey() + "|" + passport.getToken());
        if (token == null) {
            return "unknown consumer key or token";
        }
        if (passport.getSignature() == null || passport.getNonce() == null) {
            return "signature or nonce missing";
        }
        if (!TokenPassportSigner.ALGORITHM.equals(passport.getSignature().getAlgorithm())) {
            return "signature algorithm " + passport.getSignature().getAlgorithm() + " is not accepted";
        }
        int nonceLength = passport.getNonce().length();
        if (nonceLength < 6 || nonceLength > 64) {
            return "nonce must be 6 to 64 characters";
        }
        String expected = TokenPassportSigner.sign(passport.getAccount(), passport.getConsumerKey(),
                passport.getToken(), passport.getNonce(), passport.getTimestamp(), token.consumerSecret(),
                token.tokenSecret());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                String.valueOf(passport.getSignature().getValue()).getBytes(StandardCharsets.UTF_8))) {
            return "InvalidSignature";
        }
        Instant now = clock.instant();
        Instant stamped = Instant.ofEpochSecond(passport.getTimestamp());
        if (Duration.between(stamped, now).abs().compareTo(maxSkew) > 0) {
            return "timestamp " + stamped + " is more than " + maxSkew + " away from " + now;
        }
        forgetNoncesBefore(now.minus(maxSkew.multipliedBy(2)));
        String nonceKey = passport.getConsumerKey() + "|" + passport.getToken() + "|" + passport.getNonce();
        if (seenNonces.putIfAbsent(nonceKey, now) != null) {
            return "nonce " + passport.getNonce() + " was already used";
        }
        return null;
    }

    private void forgetNoncesBefore(Instant cutoff) {
        seenNonces.values().removeIf(seen -> seen.isBefore(cutoff));
    }

    private void record(TokenPassport passport, boolean success, String detail) {
        audit.addFirst(new LoginAttempt(clock.instant(), passport == null ? null : passport.getAccount(),
                passport == null ? null : passport.getConsumerKey(), passport == null ? null : passport.getToken(),
                success, detail));
        while (audit.size() > AUDIT_SIZE) {
            audit.removeLast();
        }
    }
}
