package io.suitetok.netsuite.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NetSuiteCountryTest {

    private static List<String> netSuiteCountries() throws IOException {
        String line = Files.readAllLines(Path.of("src/test/resources/schema-facts/netsuite-2025_2-enumerations.txt"))
                .stream().filter(l -> l.startsWith("Country:")).findFirst().orElseThrow();
        return Arrays.asList(line.substring("Country:".length()).strip().split("\\s+"));
    }

    @Test
    void everyIsoCountryMapsToAValueNetSuiteHas() throws IOException {
        List<String> netSuite = netSuiteCountries();

        assertThat(Locale.getISOCountries()).allSatisfy(iso ->
                assertThat(NetSuiteCountry.fromIso(iso)).as(iso).isIn(netSuite));
        assertThat(NetSuiteCountry.table().values()).allSatisfy(value -> assertThat(value).isIn(netSuite));
    }

    @Test
    void countriesWhoseNetSuiteNameIsNotTheirEnglishName() {
        assertThat(NetSuiteCountry.fromIso("VN")).isEqualTo("_vietNam");
        assertThat(NetSuiteCountry.fromIso("kr")).isEqualTo("_koreaTheRepublicOf");
        assertThat(NetSuiteCountry.fromIso("HK")).isEqualTo("_hongKong");
        assertThat(NetSuiteCountry.fromIso("TR")).isEqualTo("_turkiye");
        assertThat(NetSuiteCountry.fromIso("RU")).isEqualTo("_russianFederation");
        assertThat(NetSuiteCountry.fromIso("US")).isEqualTo("_unitedStates");
    }

    @Test
    void anUnknownCodeGivesNoCountryRatherThanAGuess() {
        assertThat(NetSuiteCountry.fromIso("ZZ")).isNull();
        assertThat(NetSuiteCountry.fromIso(" ")).isNull();
    }
}
