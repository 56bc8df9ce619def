package io.suitetok.inventory.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.inventory.push.PushPlanner.Claim;
import io.suitetok.inventory.store.OrderLineStore.LineKey;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome.Detail;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome.ExtraError;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome.SkuError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which values of one call TikTok refused: anything not attributable counts as refused. */
class PushOutcomeTest {

    private static final Claim A_EAST = claim("A", "sku-a", "EAST");
    private static final Claim A_WEST = claim("A", "sku-a", "WEST");
    private static final Claim B_EAST = claim("B", "sku-b", "EAST");
    private static final List<Claim> CALL = List.of(A_EAST, A_WEST, B_EAST);

    private static Claim claim(String sellerSku, String skuId, String warehouse) {
        return new Claim(new LineKey("shop", sellerSku, warehouse), 1, 5, 0, 0, "product", skuId, 0, 5L, 5L, 5, 0, false);
    }

    @Test
    void aCleanAnswerRefusesNothing() {
        assertThat(PushOutcome.refusals(CALL, new SkuUpdateOutcome(List.of()))).isEmpty();
    }

    @Test
    void anErrorNamingOneSkuRefusesThatSkuInEveryWarehouseOnly() {
        SkuUpdateOutcome outcome = new SkuUpdateOutcome(List.of(new SkuError(12052990L, "nope",
                new Detail("sku-a", List.of(new ExtraError(1L, "west is closed", "WEST"))))));

        var refused = PushOutcome.refusals(CALL, outcome);

        assertThat(refused).containsOnlyKeys(A_EAST, A_WEST);
        assertThat(refused.get(A_WEST)).contains("west is closed");
        assertThat(refused.get(A_EAST)).contains("nope");
    }

    @Test
    void anErrorNamingNoSkuRefusesEveryValueOfTheCall() {
        SkuUpdateOutcome withoutDetail = new SkuUpdateOutcome(List.of(new SkuError(12052990L, "failed", null)));
        SkuUpdateOutcome withoutSkuId = new SkuUpdateOutcome(List.of(new SkuError(12052990L, "failed",
                new Detail(null, List.of(new ExtraError(1L, "closed", "EAST"))))));

        assertThat(PushOutcome.refusals(CALL, withoutDetail)).containsOnlyKeys(CALL);
        assertThat(PushOutcome.refusals(CALL, withoutSkuId)).containsOnlyKeys(CALL);
    }

    @Test
    void anErrorNamingASkuThatWasNotSentRefusesEveryValueOfTheCall() {
        SkuUpdateOutcome outcome = new SkuUpdateOutcome(List.of(new SkuError(1L, "odd", new Detail("sku-z", List.of()))));

        assertThat(PushOutcome.refusals(CALL, outcome)).containsOnlyKeys(CALL);
    }
}
