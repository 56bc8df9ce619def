package io.suitetok.netsuite.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class XsdDoubleTest {

    @Test
    void amountsKeepEveryDigitBothWays() {
        assertThat(XsdDouble.parse("19.99")).isEqualByComparingTo("19.99");
        assertThat(XsdDouble.print(new BigDecimal("0.10"))).isEqualTo("0.10");
    }

    @Test
    void largeValuesAreWrittenInPlainNotation() {
        assertThat(XsdDouble.print(new BigDecimal("1E+7"))).isEqualTo("10000000");
    }

    @Test
    void scientificNotationFromNetSuiteIsRead() {
        assertThat(XsdDouble.parse("1.0E7")).isEqualByComparingTo("10000000");
        assertThat(XsdDouble.parse(" 140.0 ")).isEqualByComparingTo("140");
    }
}
