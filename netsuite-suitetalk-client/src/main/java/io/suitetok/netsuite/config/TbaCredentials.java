package io.suitetok.netsuite.config;

import io.suitetok.model.Required;

/**
 * Token-based authentication for one NetSuite account: the integration record's consumer key and
 * secret and the user's access token id and secret. The account id is kept in NetSuite's passport
 * form ({@code 1234567_SB1}): NetSuite rejects a sandbox account written in lower case there.
 */
public record TbaCredentials(String accountId, String consumerKey, String consumerSecret, String tokenId,
                             String tokenSecret) {

    public TbaCredentials {
        Required.present("accountId", accountId, "consumerKey", consumerKey, "consumerSecret", consumerSecret,
                "tokenId", tokenId, "tokenSecret", tokenSecret);
        if (accountId.isBlank() || accountId.contains("-")) {
            throw new IllegalArgumentException(
                    "accountId must be NetSuite's passport form, such as 1234567 or 1234567_SB1, not " + accountId);
        }
    }

    /**
     * Secrets never reach a log line through this record. The token id is one of them: with the token
     * secret it is the user's access, so unlike the consumer key not even its start is shown.
     */
    @Override
    public String toString() {
        return "TbaCredentials[accountId=" + accountId + ", consumerKey=" + Masking.mask(consumerKey)
                + ", consumerSecret=****, tokenId=****, tokenSecret=****]";
    }
}
