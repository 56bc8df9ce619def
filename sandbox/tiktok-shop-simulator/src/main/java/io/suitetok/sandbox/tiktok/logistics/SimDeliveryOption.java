package io.suitetok.sandbox.tiktok.logistics;

import java.util.List;
import java.util.Optional;

/**
 * A delivery option (logistics template) of a market, with the carriers a seller may ship its
 * packages with. The first carrier is the one TikTok's own label uses when the platform ships.
 *
 * @param type          the simulator's STANDARD or EXPRESS; TikTok documents the field, not its values
 * @param dimensionUnit CM or INCH
 * @param weightUnit    GRAM or POUND
 */
public record SimDeliveryOption(String id, String region, String name, String type, String description,
        long maxDimension, String dimensionUnit, long maxWeight, String weightUnit,
        List<SimShippingProvider> providers) {

    public SimDeliveryOption {
        providers = List.copyOf(providers);
    }

    public Optional<SimShippingProvider> provider(String providerId) {
        return providers.stream().filter(p -> p.id().equals(providerId)).findFirst();
    }

    public SimShippingProvider labelCarrier() {
        return providers.get(0);
    }
}
