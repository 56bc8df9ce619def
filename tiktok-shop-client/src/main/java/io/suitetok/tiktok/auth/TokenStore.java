package io.suitetok.tiktok.auth;

import io.suitetok.model.id.ShopId;
import java.util.Optional;

/** Where a shop's token pair lives between calls and restarts. Saves replace the whole pair. */
public interface TokenStore {

    Optional<TokenPair> find(ShopId shop);

    void save(ShopId shop, TokenPair tokens);
}
