package io.suitetok.sandbox.netsuite;

import io.suitetok.sandbox.netsuite.auth.OAuthClient;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.Base64;

/** JWT client assertions signed with the simulator's test key, written out by hand for the simulator's own tests. */
final class TestAssertions {

    private TestAssertions() {
    }

    static String signed(String alg, String kid, String iss, String aud, Instant iat, Instant exp) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        String claims = url.encodeToString(("{\"iss\":\"" + iss + "\",\"scope\":[\"restlets\",\"rest_webservices\"],"
                + "\"aud\":\"" + aud + "\",\"iat\":" + iat.getEpochSecond() + ",\"exp\":" + exp.getEpochSecond() + "}")
                .getBytes(StandardCharsets.UTF_8));
        Signature signer;
        if (alg.equals("PS256")) {
            signer = Signature.getInstance("RSASSA-PSS");
            signer.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        } else {
            signer = Signature.getInstance("SHA256withRSA");
        }
        signer.initSign(testKey());
        signer.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + url.encodeToString(signer.sign());
    }

    static String valid(NetSuiteSimulator netsuite) throws Exception {
        Instant now = Instant.now();
        return signed("PS256", OAuthClient.TEST_CERTIFICATE_ID, OAuthClient.TEST_CLIENT_ID,
                netsuite.tokenEndpoint().toString(), now, now.plusSeconds(3000));
    }

    private static PrivateKey testKey() throws Exception {
        String base64 = OAuthClient.testPrivateKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                .decode(base64)));
    }
}
