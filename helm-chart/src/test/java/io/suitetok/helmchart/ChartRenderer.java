package io.suitetok.helmchart;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The one way the tests run Helm: lint and template of ../helm/suitetok-hub through helm-java (Helm as
 * a native library, no binary and no cluster), with values given as YAML text, each written to its own
 * file and applied in order like repeated {@code -f}.
 */
final class ChartRenderer {

    static final Path REPOSITORY_ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path CHART = REPOSITORY_ROOT.resolve("helm/suitetok-hub");
    static final String RELEASE = "hub";

    private ChartRenderer() {
    }

    static LintResult lint() {
        return new Helm(CHART).lint().strict().call();
    }

    /** Renders with the chart's values and the given overrides; fails the test if Helm refuses. */
    static RenderedManifests render(String... valuesYaml) {
        return RenderedManifests.parse(template(valuesYaml));
    }

    /** Renders values Helm must refuse; returns Helm's message. */
    static String refusal(String... valuesYaml) {
        try {
            String output = template(valuesYaml);
            throw new AssertionError("Helm rendered values it should have refused:\n" + String.join("\n---\n", valuesYaml)
                    + "\n=== output starts ===\n" + output.substring(0, Math.min(output.length(), 500)));
        } catch (IllegalStateException refused) {
            return refused.getMessage();
        }
    }

    /** The rendered text, for checks on strings (e.g. a value that must appear nowhere). */
    static String template(String... valuesYaml) {
        TemplateCommand command = new Helm(CHART).template().withName(RELEASE).withNamespace("suitetok");
        for (Path file : valuesFiles(valuesYaml)) {
            command = command.withValuesFile(file);
        }
        return command.call();
    }

    static Map<String, Object> parseYaml(String text) {
        return new Yaml(new LoaderOptions()).load(text);
    }

    private static List<Path> valuesFiles(String... valuesYaml) {
        List<Path> files = new ArrayList<>();
        try {
            for (String values : valuesYaml) {
                Path file = Files.createTempFile("suitetok-values-", ".yaml");
                file.toFile().deleteOnExit();
                Files.writeString(file, values);
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
