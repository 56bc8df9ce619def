package io.suitetok.model.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void webhookCancelAndApiCancelledAreTheSameStatus() {
        assertThat(OrderStatus.fromTikTok("CANCEL")).isEqualTo(OrderStatus.CANCELLED);
        assertThat(OrderStatus.fromTikTok("CANCELLED")).isEqualTo(OrderStatus.CANCELLED);
        assertThat(OrderStatus.fromTikTok("awaiting_shipment")).isEqualTo(OrderStatus.AWAITING_SHIPMENT);
    }

    @Test
    void onlyPaidOpenOrdersArePaid() {
        assertThat(OrderStatus.UNPAID.isPaid()).isFalse();
        assertThat(OrderStatus.CANCELLED.isPaid()).isFalse();
        assertThat(OrderStatus.ON_HOLD.isPaid()).isTrue();
        assertThat(OrderStatus.AWAITING_SHIPMENT.isPaid()).isTrue();
    }

    @Test
    void anUnknownStatusIsNamedInTheError() {
        assertThatThrownBy(() -> OrderStatus.fromTikTok("TELEPORTED")).hasMessageContaining("'TELEPORTED'");
    }

    @Test
    void aStatusTikTokAddedLaterReadsAsUnknownWhereItMustBeKept() {
        assertThat(OrderStatus.readTikTok("AWAITING_REVIEW")).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(OrderStatus.readTikTok("CANCEL")).isEqualTo(OrderStatus.CANCELLED);
        assertThat(OrderStatus.UNKNOWN.isPaid()).isFalse();
        assertThatThrownBy(() -> OrderStatus.fromTikTok("UNKNOWN")).hasMessageContaining("'UNKNOWN'");
        assertThatThrownBy(() -> OrderStatus.readTikTok(" ")).hasMessageContaining("required");
    }
}
