package io.suitetok.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive is made once per build of a jar, by extracting it and one training run with the service's own
 * options and arguments; the same bytes reuse it, new bytes make it again, and a failed run starts the jar as it is.
 * The commands are recorded rather than run: what they do to a JVM is the JDK's and Spring's, documented.
 */
class ClassDataArchiveTest {

    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx256m");
    private static final List<String> ARGUMENTS = List.of("--spring.datasource.url=jdbc:postgresql://db/hub");

    @TempDir
    Path target;

    private final List<List<String>> ran = new ArrayList<>();
    private boolean trainingSucceeds = true;

    /** Extraction writes the plain jar; a training run that succeeds leaves the archive it was asked for. */
    private final ClassDataArchive archives = new ClassDataArchive((command, log, within) -> {
        ran.add(command);
        if (command.contains("-Djarmode=tools")) {
            Path destination = Path.of(command.get(command.indexOf("--destination") + 1));
            write(destination.resolve("order-sync-service-exec.jar"), "plain jar");
            return true;
        }
        if (!trainingSucceeds) {
            return false;
        }
        command.stream().filter(option -> option.startsWith("-XX:ArchiveClassesAtExit=")).findFirst()
                .ifPresent(option -> write(Path.of(option.substring(option.indexOf('=') + 1)), "classes"));
        return true;
    });

    @Test
    void theFirstStartAfterABuildTrainsOnceWithTheServicesOwnOptionsAndArguments() {
        Path jar = write(target.resolve("order-sync-service-exec.jar"), "build 1");

        Optional<ClassDataArchive.Launch> launch = prepare(jar);

        Path cds = target.resolve("cds");
        assertThat(launch).contains(new ClassDataArchive.Launch(cds.resolve("order-sync-service-exec.jar"),
                List.of("-XX:SharedArchiveFile=" + cds.resolve("application.jsa"))));
        assertThat(ran).hasSize(2);
        assertThat(ran.get(0)).containsSequence("-Djarmode=tools", "-jar", jar.toString(), "extract");
        assertThat(ran.get(1)).containsSequence(OPTIONS).contains("-Dspring.context.exit=onRefresh")
                .containsSequence("-jar", cds.resolve("order-sync-service-exec.jar").toString())
                .endsWith(ARGUMENTS.toArray(String[]::new));
    }

    @Test
    void theSameBytesReuseTheArchiveAndNewBytesMakeItAgain() {
        Path jar = write(target.resolve("order-sync-service-exec.jar"), "build 1");
        prepare(jar);
        ran.clear();

        assertThat(prepare(jar)).isPresent();
        assertThat(ran).isEmpty();

        write(jar, "build 2");
        assertThat(prepare(jar)).isPresent();
        assertThat(ran).hasSize(2);
    }

    @Test
    void aFailedTrainingRunStartsTheJarAsItIsAndIsTriedAgainNextTime() {
        Path jar = write(target.resolve("order-sync-service-exec.jar"), "build 1");
        trainingSucceeds = false;

        assertThat(prepare(jar)).isEmpty();
        assertThat(target.resolve("cds").resolve("application.jsa")).doesNotExist();

        trainingSucceeds = true;
        ran.clear();
        assertThat(prepare(jar)).isPresent();
        assertThat(ran).hasSize(2);
    }

    private Optional<ClassDataArchive.Launch> prepare(Path jar) {
        return archives.prepare("java", jar, OPTIONS, ARGUMENTS, target.resolve("training.log"));
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
