package io.suitetok.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hub service in its own JVM, started from the {@code -exec} jar docker-compose puts in its image, with
 * the same arguments the in-JVM launcher gives its Spring context ({@link ServiceSpec#arguments()}) and its
 * ports fixed by the stack, so that a restart comes back where TikTok's webhooks and the stack expect it.
 * Its console goes to one log file, appended across restarts. It can be killed with SIGKILL and restarted,
 * as a node failure or an OOM kill would do to a pod.
 */
final class ServiceProcess implements HubService {

    /**
     * Five services, the broker, PostgreSQL and both simulators share two cores: the serial collector has no
     * GC threads to compete with the others; C1 only ({@code TieredStopAtLevel=1}) reaches readiness sooner and
     * spends far less CPU compiling, at a throughput none of these services needs on one machine's day; 512 KiB
     * stacks halve what the many Kafka, Hikari and Tomcat threads reserve; a 256 MiB heap bounds what each
     * may take (the day's working set is far below it), so RSS stays under the 400 MB goal.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
            "-Xms64m", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError");
    private static final Duration READINESS_DEADLINE = Duration.ofMinutes(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(25);
    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);

    private final ServiceSpec spec;
    private final Path jar;
    private final int apiPort;
    private final int managementPort;
    private final Path logFile;
    private final ClassDataArchive archives;
    private volatile ClassDataArchive.Launch launch;
    private volatile boolean archiveTried;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Process process;
    private volatile Instant startedAt;
    private volatile Duration timeToReady;
    private volatile int restarts;

    /** @param archives class data sharing for its starts, or null to start the {@code -exec} jar as it is */
    ServiceProcess(ServiceSpec spec, Path jar, int apiPort, int managementPort, Path logFile,
            ClassDataArchive archives) {
        this.archives = archives;
        this.spec = spec;
        this.jar = jar;
        this.apiPort = apiPort;
        this.managementPort = managementPort;
        this.logFile = logFile;
    }

    /**
     * {@code java <options> -jar <module>-*-exec.jar --key=value ...}: what the container's entry point runs (with
     * class data sharing, the same jar extracted and its archive mapped).
     */
    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(JVM_OPTIONS);
        ClassDataArchive.Launch shared = launch;
        if (shared != null) {
            command.addAll(shared.jvmOptions());
        }
        command.add("-jar");
        command.add((shared == null ? jar : shared.jar()).toString());
        command.addAll(arguments());
        return command;
    }

    private List<String> arguments() {
        return spec.listeningOn(apiPort, managementPort).arguments();
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Starts the process and returns once its readiness probe answers UP. */
    synchronized ServiceProcess start() {
        if (archives != null && !archiveTried) {
            // Once: a restart (after a kill) must not wait for a training run that already failed.
            archiveTried = true;
            launch = archives.prepare(java(), jar, JVM_OPTIONS, arguments(),
                    logFile.resolveSibling(spec.name() + "-cds-training.log")).orElse(null);
        }
        try {
            Files.createDirectories(logFile.getParent());
            startedAt = Instant.now();
            process = new ProcessBuilder(command()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name() + " from " + jar, e);
        }
        awaitReady();
        log.info("{} ready in {} ms (pid {}, log {})", spec.name(), timeToReady.toMillis(), process.pid(), logFile);
        return this;
    }

    /** SIGKILL: no shutdown hook, no graceful close, whatever was in flight is lost to the process. */
    synchronized void kill() {
        Process running = process;
        if (running != null && running.isAlive()) {
            running.destroyForcibly();
            waitFor(running, Duration.ofSeconds(10));
            log.info("{} killed (pid {}, exit {})", spec.name(), running.pid(), running.exitValue());
        }
    }

    /** A fresh JVM with the same jar, settings and ports; returns once it is ready again. */
    synchronized ServiceProcess restart() {
        kill();
        restarts++;
        return start();
    }

    private void awaitReady() {
        Instant deadline = startedAt.plus(READINESS_DEADLINE);
        HttpRequest probe = HttpRequest.newBuilder(URI.create(managementUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited with " + process.exitValue()
                        + " before it was ready; see " + logFile);
            }
            try {
                HttpResponse<String> answer = http.send(probe, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    timeToReady = Duration.between(startedAt, Instant.now());
                    return;
                }
            } catch (ConnectException | java.net.http.HttpTimeoutException e) {
                // not listening yet
            } catch (IOException e) {
                // the port is open but the server not yet answering
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + spec.name(), e);
            }
            sleep(200);
        }
        throw new IllegalStateException(spec.name() + " was not ready within " + READINESS_DEADLINE.toSeconds()
                + " s; see " + logFile);
    }

    /** SIGTERM (Spring's graceful shutdown), then SIGKILL after the grace Kubernetes would give. */
    @Override
    public synchronized void close() {
        Process running = process;
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroy();
        if (!waitFor(running, STOP_GRACE)) {
            log.warn("{} did not stop within {} s of SIGTERM; killed", spec.name(), STOP_GRACE.toSeconds());
            running.destroyForcibly();
            waitFor(running, Duration.ofSeconds(10));
        }
    }

    /** Resident set size now, from {@code /proc/<pid>/status} (VmRSS), in kB; empty once it has exited. */
    OptionalLong residentKilobytes() {
        Process running = process;
        if (running == null || !running.isAlive()) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(running.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or it just exited
        }
        return OptionalLong.empty();
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public String apiUrl() {
        return "http://127.0.0.1:" + apiPort;
    }

    @Override
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    long pid() {
        return process.pid();
    }

    /** From process start to readiness UP, of its latest start. */
    Duration timeToReady() {
        return timeToReady;
    }

    int restarts() {
        return restarts;
    }

    Path logFile() {
        return logFile;
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
