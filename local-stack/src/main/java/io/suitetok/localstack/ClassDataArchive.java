package io.suitetok.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Class data sharing for a service's JVM (Spring Boot's documented recipe): the {@code -exec} jar extracted into a
 * plain jar with its libraries beside it (CDS cannot map classes out of nested jars), and an archive of the classes
 * its start loads, made by one training run that exits once the context has refreshed
 * ({@code -Dspring.context.exit=onRefresh}: beans created, nothing started, no port bound). The JVM then maps those
 * classes instead of reading, verifying and parsing them again, which is most of what a start spends on two cores.
 *
 * <p>The pair lives in {@code <module>/target/cds/} beside the digest of the {@code -exec} jar it came from, and is
 * made again when the jar's bytes differ (the build is reproducible, so an unchanged module packages to the same
 * bytes; its file time changes on every package). A training run that fails leaves the service on its
 * {@code -exec} jar: the archive only makes a start faster.
 */
final class ClassDataArchive {

    private static final Logger log = LoggerFactory.getLogger(ClassDataArchive.class);
    private static final Duration MOST_A_STEP_MAY_TAKE = Duration.ofMinutes(2);
    private static final String ARCHIVE_NAME = "application.jsa";
    private static final String SOURCE_NAME = "application.jsa.source";

    /** Runs a command to its end; answers whether it exited 0 within the time given. */
    interface Commands {
        boolean run(List<String> command, Path log, Duration within);
    }

    /** What to start instead of the {@code -exec} jar: the extracted jar, with the archive mapped. */
    record Launch(Path jar, List<String> jvmOptions) {
    }

    private final Commands commands;

    ClassDataArchive(Commands commands) {
        this.commands = commands;
    }

    static ClassDataArchive withProcesses() {
        return new ClassDataArchive(ClassDataArchive::runProcess);
    }

    /**
     * The extracted jar and its archive for {@code execJar}, trained now if missing or made from other bytes.
     *
     * @param java        the java launcher
     * @param jvmOptions  the service's JVM options: the training run must use the same heap and collector
     * @param arguments   the service's own arguments: its context refreshes against the same database and broker
     * @return empty when extraction or training failed (see {@code log}); the caller starts the {@code -exec} jar
     */
    Optional<Launch> prepare(String java, Path execJar, List<String> jvmOptions, List<String> arguments, Path log) {
        // Two launchers (two days side by side) must not extract and train into the same folder at once. The lock
        // file sits beside the folder: extracting with --force empties it.
        try (FileChannel channel = FileChannel.open(execJar.getParent().resolve("cds.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            return prepareHeld(java, execJar, jvmOptions, arguments, log);
        } catch (IOException e) {
            ClassDataArchive.log.warn("class data sharing for {} skipped: {}", execJar.getFileName(), e.toString());
            return Optional.empty();
        }
    }

    private Optional<Launch> prepareHeld(String java, Path execJar, List<String> jvmOptions, List<String> arguments,
            Path log) {
        Path directory = execJar.getParent().resolve("cds");
        Path jar = directory.resolve(execJar.getFileName());
        Path archive = directory.resolve(ARCHIVE_NAME);
        Path source = directory.resolve(SOURCE_NAME);
        Launch launch = new Launch(jar, List.of("-XX:SharedArchiveFile=" + archive));
        String digest = digest(execJar);
        if (Files.exists(archive) && Files.exists(jar) && digest.equals(read(source))) {
            return Optional.of(launch);
        }
        long started = System.nanoTime();
        deleteIfExists(archive);
        deleteIfExists(source);
        if (!commands.run(List.of(java, "-Djarmode=tools", "-jar", execJar.toString(), "extract", "--destination",
                directory.toString(), "--force"), log, MOST_A_STEP_MAY_TAKE)) {
            ClassDataArchive.log.warn("could not extract {} for class data sharing (see {}); it starts without",
                    execJar.getFileName(), log);
            return Optional.empty();
        }
        List<String> training = new ArrayList<>();
        training.add(java);
        training.addAll(jvmOptions);
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                jar.toString()));
        training.addAll(arguments);
        if (!commands.run(training, log, MOST_A_STEP_MAY_TAKE) || !Files.exists(archive)) {
            ClassDataArchive.log.warn("the class data sharing training run of {} failed (see {}); it starts without",
                    execJar.getFileName(), log);
            deleteIfExists(archive);
            return Optional.empty();
        }
        write(source, digest);
        ClassDataArchive.log.info("class data archive of {} made in {} ms (once per build)", execJar.getFileName(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return Optional.of(launch);
    }

    private static String digest(Path file) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean runProcess(List<String> command, Path log, Duration within) {
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
