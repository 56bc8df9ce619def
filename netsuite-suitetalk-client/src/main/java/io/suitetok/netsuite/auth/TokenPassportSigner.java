package io.suitetok.netsuite.auth;

import com.netsuite.webservices.platform.core_2025_2.TokenPassport;
import com.netsuite.webservices.platform.core_2025_2.TokenPassportSignature;
import io.suitetok.netsuite.config.TbaCredentials;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds the SOAP {@code tokenPassport} header. Every request, retries included, gets a fresh nonce
 * and timestamp and therefore a fresh signature: NetSuite rejects a nonce it has already seen.
 *
 * <p>Recipe (Oracle, NetSuite's samples and the common client libraries agree):
 * base string {@code account&consumerKey&tokenId&nonce&timestamp}, key
 * {@code consumerSecret&tokenSecret}, signature {@code Base64(HMAC-SHA256(key, base))}. The digest is
 * Base64, never hex: hex is the classic cause of "Invalid login attempt".
 */
public final class TokenPassportSigner {

    public static final String ALGORITHM = "HMAC-SHA256";

    private static final char[] NONCE_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int NONCE_LENGTH = 20;

    private final TbaCredentials credentials;
    private final Clock clock;
    private final Supplier<String> nonces;

    public TokenPassportSigner(TbaCredentials credentials, Clock clock, Supplier<String> nonces) {
        this.credentials = credentials;
        this.clock = clock;
        this.nonces = nonces;
    }

    public TokenPassportSigner(TbaCredentials credentials) {
        this(credentials, Clock.systemUTC(), randomNonces());
    }

    public TokenPassport newPassport() {
        String nonce = nonces.get();
        long timestamp = clock.instant().getEpochSecond();
        TokenPassport passport = new TokenPassport();
        passport.setAccount(credentials.accountId());
        passport.setConsumerKey(credentials.consumerKey());
        passport.setToken(credentials.tokenId());
        passport.setNonce(nonce);
        passport.setTimestamp(timestamp);
        TokenPassportSignature signature = new TokenPassportSignature();
        signature.setAlgorithm(ALGORITHM);
        signature.setValue(sign(credentials.accountId(), credentials.consumerKey(), credentials.tokenId(), nonce,
                timestamp, credentials.consumerSecret(), credentials.tokenSecret()));
        passport.setSignature(signature);
        return passport;
    }

    public static String sign(String account, String consumerKey, String tokenId, String nonce, long timestamp,
                              String consumerSecret, String tokenSecret) {
        String base = String.join("&", account, consumerKey, tokenId, nonce, Long.toString(timestamp));
        String key = consumerSecret + "&" + tokenSecret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Alphanumeric, 20 characters: inside NetSuite's 6 to 64, and safe in any encoding. */
    public static Supplier<String> randomNonces() {
        SecureRandom random = new SecureRandom();
        return () -> {
            char[] nonce = new char[NONCE_LENGTH];
            for (int i = 0; i < nonce.length; i++) {
                nonce[i] = NONCE_ALPHABET[random.nextInt(NONCE_ALPHABET.length)];
            }
            return new String(nonce);
        };
    }
}
