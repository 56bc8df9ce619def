package io.suitetok.sandbox.netsuite.auth;

import java.time.Instant;

/**
 * One line of the simulated Login Audit Trail. NetSuite answers every TBA failure with the same
 * "Invalid login attempt."; the reason is only visible here, as it is only visible in NetSuite's
 * Login Audit Trail.
 */
public record LoginAttempt(Instant at, String account, String consumerKey, String tokenId, boolean success,
                           String detail) {
}
