package io.suitetok.netsuite.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetSuiteLanguageTest {

    @Test
    void everyNetSuiteLanguageHasATagAndEveryTagOneLanguage() throws IOException {
        String line = Files.readAllLines(Path.of("src/test/resources/schema-facts/netsuite-2025_2-enumerations.txt"))
                .stream().filter(l -> l.startsWith("Language:")).findFirst().orElseThrow();
        List<String> netSuite = Arrays.asList(line.substring("Language:".length()).strip().split("\\s+"));

        assertThat(NetSuiteLanguage.table().keySet()).containsExactlyInAnyOrderElementsOf(netSuite);
        assertThat(NetSuiteLanguage.table().values()).doesNotHaveDuplicates();
    }

    @Test
    void britishEnglishIsEnGbBothWays() {
        assertThat(NetSuiteLanguage.localeTag("_englishUK")).contains("en_GB");
        assertThat(NetSuiteLanguage.netSuiteValue("en_GB")).contains("_englishUK");
        assertThat(NetSuiteLanguage.netSuiteValue("en_US")).contains("_englishUS");
        assertThat(NetSuiteLanguage.localeTag("_en_GB")).isEmpty();
    }
}
