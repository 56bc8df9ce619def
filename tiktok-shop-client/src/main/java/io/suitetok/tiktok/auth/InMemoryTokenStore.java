package io.suitetok.tiktok.auth;

import io.suitetok.model.id.ShopId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** For tests and the simulator's own use; loses tokens on restart. */
public class InMemoryTokenStore implements TokenStore {

    private final Map<ShopId, TokenPair> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<TokenPair> find(ShopId shop) {
        return Optional.ofNullable(tokens.get(shop));
    }

    @Override
    public void save(ShopId shop, TokenPair pair) {
        tokens.put(shop, pair);
    }
}
