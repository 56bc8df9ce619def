package io.suitetok.netsuite.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.netsuite.webservices.platform.core_2025_2.TokenPassport;
import io.suitetok.netsuite.config.TbaCredentials;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenPassportSignerTest {

    // Oracle's documented example values, as used by public TBA test suites.
    private static final String ACCOUNT = "1234567";
    private static final String CONSUMER_KEY = "71cc02b731f05895561ef0862d71553a3ac99498a947c3b7beaf4a1e4a29f7c4";
    private static final String TOKEN = "89e08d9767c5ac85b374415725567d05b54ecf0960ad2470894a52f741020d82";
    private static final String NONCE = "6obMKq0tmY8ylVOdEkA1";
    private static final long TIMESTAMP = 1439829974L;
    private static final String CONSUMER_SECRET = "7278da58caf07f5c336301a601203d10a58e948efa280f0618e25fcee1ef2abd";
    private static final String TOKEN_SECRET = "060cd9ab3ffbbe1e3d3918e90165ffd37ab12acc76b4691046e2d29c7d7674c2";

    @Test
    void documentedVectorSignsToOraclesExample() {
        String signature = TokenPassportSigner.sign(ACCOUNT, CONSUMER_KEY, TOKEN, NONCE, TIMESTAMP, CONSUMER_SECRET,
                TOKEN_SECRET);

        assertThat(signature).isEqualTo("FCghIZqXNetuZY8ILWOFH0ucdfzQOmAuL+q+kF21zPs=");
    }

    @Test
    void passportCarriesTheDocumentedFieldsAndAlgorithm() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP), ZoneOffset.UTC);
        TokenPassportSigner signer = new TokenPassportSigner(
                new TbaCredentials(ACCOUNT, CONSUMER_KEY, CONSUMER_SECRET, TOKEN, TOKEN_SECRET), clock, () -> NONCE);

        TokenPassport passport = signer.newPassport();

        assertThat(passport.getAccount()).isEqualTo(ACCOUNT);
        assertThat(passport.getConsumerKey()).isEqualTo(CONSUMER_KEY);
        assertThat(passport.getToken()).isEqualTo(TOKEN);
        assertThat(passport.getNonce()).isEqualTo(NONCE);
        assertThat(passport.getTimestamp()).isEqualTo(TIMESTAMP);
        assertThat(passport.getSignature().getAlgorithm()).isEqualTo("HMAC-SHA256");
        assertThat(passport.getSignature().getValue()).isEqualTo("FCghIZqXNetuZY8ILWOFH0ucdfzQOmAuL+q+kF21zPs=");
    }

    @Test
    void everyPassportHasAFreshNonceTimestampAndSignature() {
        Iterator<Instant> times = List.of(Instant.ofEpochSecond(1_800_000_000L), Instant.ofEpochSecond(1_800_000_001L))
                .iterator();
        Clock ticking = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return times.next();
            }
        };
        TokenPassportSigner signer = new TokenPassportSigner(
                new TbaCredentials("1234567_SB1", CONSUMER_KEY, CONSUMER_SECRET, TOKEN, TOKEN_SECRET), ticking,
                TokenPassportSigner.randomNonces());

        TokenPassport first = signer.newPassport();
        TokenPassport second = signer.newPassport();

        assertThat(first.getNonce()).isNotEqualTo(second.getNonce()).matches("[A-Za-z0-9]{20}");
        assertThat(first.getTimestamp()).isLessThan(second.getTimestamp());
        assertThat(first.getSignature().getValue()).isNotEqualTo(second.getSignature().getValue());
        assertThat(first.getAccount()).isEqualTo("1234567_SB1");
    }
}
