package io.suitetok.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.model.event.EventCodec;
import org.junit.jupiter.api.Test;

class IdJsonTest {

    private final EventCodec codec = new EventCodec();

    record ProductWebhookData(TikTokProductId productId) {
    }

    @Test
    void idsAreWrittenAsPlainJsonStrings() {
        assertThat(codec.writeText(new TikTokOrderId("576653688135258178"))).isEqualTo("\"576653688135258178\"");
    }

    @Test
    void anIdSentAsAJsonNumberBeyondADoublesRangeKeepsEveryDigit() {
        // 576486316948490001 has no exact double; read through a double it would end in ...490000.
        ProductWebhookData data = codec.readValue("{\"productId\":576486316948490001}", ProductWebhookData.class);

        assertThat(data.productId().value()).isEqualTo("576486316948490001");
    }

    @Test
    void blankIdsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> new ShopId(" ")).hasMessage("shop id is required");
        assertThatThrownBy(() -> new SellerSku(null)).hasMessage("seller SKU is required");
    }
}
