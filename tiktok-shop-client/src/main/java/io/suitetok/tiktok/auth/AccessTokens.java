package io.suitetok.tiktok.auth;

import io.suitetok.model.id.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hands out a valid access token per shop and refreshes it before it expires. Only one refresh
 * per shop runs at a time among all holders of the token store (threads, replicas, services): the
 * others wait and then use the pair it stored, so a burst of calls at expiry makes one refresh, not
 * one per call (a second refresh could invalidate the first one's refresh token).
 */
public class AccessTokens {

    private final TokenStore store;
    private final AuthClient auth;
    private final Clock clock;
    private final Duration refreshMargin;
    private final Map<ShopId, ReentrantLock> refreshLocks = new ConcurrentHashMap<>();

    public AccessTokens(TokenStore store, AuthClient auth, Clock clock, Duration refreshMargin) {
        this.store = store;
        this.auth = auth;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
    }

    /** @throws ShopDeauthorizedException when the seller withdrew the authorization; nothing is sent */
    public String accessTokenFor(ShopId shop) {
        refuseIfRevoked(shop);
        TokenPair current = load(shop);
        if (!current.needsRefresh(clock.instant(), refreshMargin)) {
            return current.accessToken();
        }
        return refreshUnlessDoneMeanwhile(shop, current.accessToken());
    }

    /** After TikTok said the token expired (105002): refresh, unless another caller already did. */
    public String refreshAfterRejection(ShopId shop, String rejectedToken) {
        return refreshUnlessDoneMeanwhile(shop, rejectedToken);
    }

    private void refuseIfRevoked(ShopId shop) {
        store.revocation(shop).ifPresent(reason -> {
            throw new ShopDeauthorizedException(shop, reason);
        });
    }

    private String refreshUnlessDoneMeanwhile(ShopId shop, String staleToken) {
        // The store's lock keeps other processes out; this one makes this process's callers queue here
        // rather than each holding a database connection while they wait for it.
        ReentrantLock lock = refreshLocks.computeIfAbsent(shop, s -> new ReentrantLock());
        lock.lock();
        try {
            return store.replaceExclusively(shop, stored -> {
                // Saving a refreshed pair clears a revocation, so a revocation that came meanwhile must win.
                refuseIfRevoked(shop);
                TokenPair latest = stored.orElseThrow(() -> noTokenFor(shop));
                boolean someoneRefreshed = !latest.accessToken().equals(staleToken)
                        && !latest.needsRefresh(clock.instant(), refreshMargin);
                return someoneRefreshed ? latest : auth.refresh(latest.refreshToken());
            }).accessToken();
        } finally {
            lock.unlock();
        }
    }

    private TokenPair load(ShopId shop) {
        return store.find(shop).orElseThrow(() -> noTokenFor(shop));
    }

    private static IllegalStateException noTokenFor(ShopId shop) {
        return new IllegalStateException("no TikTok token for shop " + shop
                + ": authorize the shop first (exchange an auth code)");
    }
}
