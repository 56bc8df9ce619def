package io.suitetok.sandbox.tiktok.auth;

import io.suitetok.sandbox.tiktok.protocol.EndpointRoutes;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.sandbox.tiktok.protocol.Endpoints;
import java.util.List;
import org.springframework.stereotype.Component;

/** Get Authorized Shops: the shops this token may act for, with the ciphers that name them. */
@Component
public class AuthorizedShopsRoutes implements EndpointRoutes {

    private final ShopDirectory shops;

    public AuthorizedShopsRoutes(ShopDirectory shops) {
        this.shops = shops;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(Endpoints.AUTHORIZED_SHOPS, call -> new Shops(shops.shops().stream()
                .filter(shop -> call.grant().covers(shop.id()))
                .map(shop -> new AuthorizedShop(shop.id(), shop.name(), shop.region(), shop.sellerType(),
                        shop.cipher(), shop.code()))
                .toList()));
    }

    record Shops(List<AuthorizedShop> shops) {
    }
}
