package io.suitetok.sandbox.netsuite.auth;

/** One integration record's consumer key and secret with one user's access token id and secret. */
public record TbaToken(String consumerKey, String consumerSecret, String tokenId, String tokenSecret) {

    /** The simulator's documented test credentials; not secrets, never valid anywhere else. */
    public static TbaToken testToken() {
        return new TbaToken("suitetok-sim-consumer-key-0001", "suitetok-sim-consumer-secret-0001",
                "suitetok-sim-token-id-0001", "suitetok-sim-token-secret-0001");
    }
}
