package io.suitetok.netsuite.governance;

/**
 * One slot of the concurrency share, held for one request. The generation records the limit the slot
 * was granted under, so that several requests throttled together lower the limit only once.
 */
public record Permit(long generation) {
}
