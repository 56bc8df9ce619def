package io.suitetok.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokWarehouseId;
import io.suitetok.model.inventory.InventoryLevel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    private enum TestEvents implements EventType {
        InventoryLevelComputed;

        @Override
        public int schemaVersion() {
            return 1;
        }
    }

    private final EventCodec codec = new EventCodec(Clock.fixed(NOW, ZoneOffset.UTC));

    private final InventoryLevel level = new InventoryLevel(new ShopId("7495540735365777507"),
            new SellerSku("TEE-RED-M"), new TikTokWarehouseId("7068517275539719942"), 42, NOW);

    @Test
    void anEnvelopeSurvivesAJsonRoundTripWithItsTypedPayload() {
        EventEnvelope sent = codec.envelope(TestEvents.InventoryLevelComputed, "inventory-sync-service",
                "TEE-RED-M", "TEE-RED-M", level.shopId(), level);

        EventEnvelope received = codec.read(codec.write(sent));

        // The payload tree may widen or narrow number nodes (42 as long vs int); compare it typed.
        assertThat(received).usingRecursiveComparison().ignoringFields("payload").isEqualTo(sent);
        assertThat(received.occurredAt()).isEqualTo(NOW);
        assertThat(codec.payload(received, InventoryLevel.class)).isEqualTo(level);
    }

    @Test
    void theJsonIsReadableByAnEngineerTailingTheTopic() {
        String json = new String(codec.write(codec.envelope(TestEvents.InventoryLevelComputed, "inventory-sync-service",
                "TEE-RED-M", "corr-1", level.shopId(), level)), StandardCharsets.UTF_8);

        assertThat(json).contains("\"type\":\"InventoryLevelComputed\"", "\"occurredAt\":\"2026-11-26T10:15:30Z\"",
                "\"shopId\":\"7495540735365777507\"", "\"sellerSku\":\"TEE-RED-M\"");
    }

    @Test
    void unknownFieldsFromANewerProducerAreTolerated() {
        String json = """
                {"eventId":"0b0c8f4e-8f47-4d55-9b64-3a8f3c1f4f11","type":"X","schemaVersion":2,
                 "occurredAt":"2026-11-26T10:15:30Z","source":"s","key":"k","correlationId":"c",
                 "payload":{"a":1},"addedInVersion3":"whatever"}""";

        EventEnvelope envelope = codec.read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(envelope.schemaVersion()).isEqualTo(2);
        assertThat(envelope.shopId()).isNull();
    }

    @Test
    void aMissingRequiredFieldIsRefusedWithItsName() {
        String withoutCorrelationId = """
                {"eventId":"0b0c8f4e-8f47-4d55-9b64-3a8f3c1f4f11","type":"X","schemaVersion":1,
                 "occurredAt":"2026-11-26T10:15:30Z","source":"s","key":"k","payload":{}}""";

        assertThatThrownBy(() -> codec.read(withoutCorrelationId.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("correlationId is required");
    }

    @Test
    void malformedJsonIsAnInvalidEvent() {
        assertThatThrownBy(() -> codec.read("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("unreadable event envelope");
    }

    @Test
    void aPayloadOfTheWrongShapeNamesTheEventAndTheExpectedType() {
        EventEnvelope envelope = codec.envelope(TestEvents.InventoryLevelComputed, "s", "k", "c", null,
                java.util.Map.of("sellableQuantity", -5));

        assertThatThrownBy(() -> codec.payload(envelope, InventoryLevel.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining(envelope.eventId().toString())
                .hasMessageContaining("InventoryLevel");
    }
}
