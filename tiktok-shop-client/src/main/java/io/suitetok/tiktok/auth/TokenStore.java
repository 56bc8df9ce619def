package io.suitetok.tiktok.auth;

import io.suitetok.model.id.ShopId;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a shop's token pair lives between calls and restarts. Saves replace the whole pair. A shop
 * whose seller withdrew the app's authorization (webhook 6) is marked revoked, so that no service
 * sharing the store calls TikTok for it with a token TikTok no longer honours; saving a new pair (a
 * fresh auth code) authorizes it again.
 */
public interface TokenStore {

    Optional<TokenPair> find(ShopId shop);

    /**
     * Runs {@code refresh} on the stored pair (empty when the shop has none) while no other holder of the
     * store, in this process or another, runs one for the same shop, and stores the pair it returns if it
     * is a different one. TikTok may retire a refresh token the moment it is used, so two holders that
     * both refresh from the same pair lock one of them out; under this lock the second one sees the first
     * one's new pair instead.
     */
    TokenPair replaceExclusively(ShopId shop, Function<Optional<TokenPair>, TokenPair> refresh);

    /** Replaces the pair and clears any revocation. */
    void save(ShopId shop, TokenPair tokens);

    /** Marks the shop's tokens unusable until the seller authorizes the app again. */
    void revoke(ShopId shop, String reason);

    /** Why the shop's tokens were revoked; empty while they are usable. */
    Optional<String> revocation(ShopId shop);
}
