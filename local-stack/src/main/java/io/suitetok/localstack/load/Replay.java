package io.suitetok.localstack.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link WebhookReplay} run in a JVM of its own, started from this JVM's class path: the load comes from
 * another process, as TikTok's would, and the generator's own CPU is not counted in the server's answers.
 */
public final class Replay {

    /** Small and steady: the generator must leave the cores to the server it measures. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xms64m", "-Xmx256m");

    private final Process process;
    private final Path output;

    private Replay(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts sending {@code count} webhooks of {@code file} to {@code url} at {@code rate} a second. */
    public static Replay start(Path folder, String url, Path file, int rate, int count, int warmUp) {
        Path output = folder.resolve("replay-" + rate + "-per-s-" + System.currentTimeMillis() + ".log");
        List<String> command = new java.util.ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), WebhookReplay.class.getName(), url,
                file.toAbsolutePath().toString(), String.valueOf(rate), String.valueOf(count),
                String.valueOf(warmUp)));
        try {
            Files.createDirectories(folder);
            return new Replay(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the webhook generator", e);
        }
    }

    /** Waits for the generator to finish and reads what it measured. */
    public ReplayResult await() {
        try {
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the webhook generator did not finish; see " + output);
            }
            return Files.readAllLines(output).stream().filter(line -> line.startsWith(ReplayResult.PREFIX)).findFirst()
                    .map(ReplayResult::parse)
                    .orElseThrow(() -> new IllegalStateException("the webhook generator printed no result; see "
                            + output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while the generator ran", e);
        }
    }
}
