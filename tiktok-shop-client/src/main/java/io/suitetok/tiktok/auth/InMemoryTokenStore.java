package io.suitetok.tiktok.auth;

import io.suitetok.model.id.ShopId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;

/** For tests and the simulator's own use; loses tokens on restart. */
public class InMemoryTokenStore implements TokenStore {

    private final Map<ShopId, TokenPair> tokens = new ConcurrentHashMap<>();
    private final Map<ShopId, String> revoked = new ConcurrentHashMap<>();

    @Override
    public Optional<TokenPair> find(ShopId shop) {
        return Optional.ofNullable(tokens.get(shop));
    }

    /** One JVM holds this store, so a monitor is the lock. */
    @Override
    public synchronized TokenPair replaceExclusively(ShopId shop, Function<Optional<TokenPair>, TokenPair> refresh) {
        Optional<TokenPair> current = find(shop);
        TokenPair next = refresh.apply(current);
        if (current.filter(next::equals).isEmpty()) {
            save(shop, next);
        }
        return next;
    }

    @Override
    public void save(ShopId shop, TokenPair pair) {
        tokens.put(shop, pair);
        revoked.remove(shop);
    }

    @Override
    public void revoke(ShopId shop, String reason) {
        revoked.put(shop, reason == null ? "revoked" : reason);
    }

    @Override
    public Optional<String> revocation(ShopId shop) {
        return Optional.ofNullable(revoked.get(shop));
    }
}
