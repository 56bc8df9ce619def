package io.suitetok.sandbox.netsuite.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatencyModelTest {

    @Test
    void aWriteTakesAFixedPartPlusAPartPerRecord() {
        LatencyModel model = LatencyModel.defaults();

        assertThat(model.of("upsertList", 1)).isEqualTo(Duration.ofMillis(295));
        assertThat(model.of("upsertList", 100)).isEqualTo(Duration.ofMillis(4750));
    }

    @Test
    void scaleStretchesOrShrinksEveryOperationAndZeroTurnsItOff() {
        assertThat(LatencyModel.defaults().scaled(0.1).of("upsertList", 100)).isEqualTo(Duration.ofMillis(475));
        assertThat(LatencyModel.defaults().scaled(0).of("search", 1000)).isEqualTo(Duration.ZERO);
        assertThat(LatencyModel.none().of("add", 1)).isEqualTo(Duration.ZERO);
    }
}
