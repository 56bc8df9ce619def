package io.suitetok.orders.netsuite;

import io.suitetok.model.event.EventCodec;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.SerializationFeature;

/**
 * What a Sales Order draft says, as a short stable hash: the same draft gives the same fingerprint in
 * any JVM (map entries are written in key order), so "already written" survives restarts.
 */
final class DraftFingerprint {

    private DraftFingerprint() {
    }

    static String of(SalesOrderDraft draft, EventCodec codec) {
        String canonical = codec.mapper().writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(draft);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
