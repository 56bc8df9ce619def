package io.suitetok.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./run-hub --processes}: each service as its own JVM from its {@code -exec} jar, one after another,
 * each waited for until its readiness probe answers UP. A shutdown hook stops whatever is still running when
 * the stack's JVM exits, so no service outlives it.
 */
final class ProcessLauncher {

    /**
     * Set by {@code run-hub}: each service starts with class data sharing ({@link ClassDataArchive}); its archive is
     * made by a training run the first time after a build. Off in the test suite, where it would add a training run
     * per service to every fresh clone's build.
     */
    static final String CLASS_DATA_SHARING = "localstack.class-data-sharing";

    private final Path repository;
    private final Path logDirectory;
    private final boolean fixedPorts;
    private final List<ServiceProcess> started = new ArrayList<>();
    private final boolean classDataSharing = Boolean.getBoolean(CLASS_DATA_SHARING);
    private final ClassDataArchive archives = ClassDataArchive.withProcesses();

    ProcessLauncher(Path repository, Path logDirectory, boolean fixedPorts) {
        this.repository = repository;
        this.logDirectory = logDirectory;
        this.fixedPorts = fixedPorts;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "local-stack-stop-processes"));
    }

    ServiceProcess start(ServiceSpec service) {
        ServiceProcess process = new ServiceProcess(service, execJar(repository, service.module()),
                fixedPorts ? service.apiPort() : freePort(), fixedPorts ? service.managementPort() : freePort(),
                logDirectory.resolve(service.name() + ".log"), classDataSharing ? archives : null);
        synchronized (started) {
            started.add(process);
        }
        return process.start();
    }

    private void stopAll() {
        synchronized (started) {
            started.forEach(ServiceProcess::close);
        }
    }

    /** {@code <module>/target/<module>-<version>-exec.jar}, the jar the module's container image runs. */
    static Path execJar(Path repository, String module) {
        Path target = repository.resolve(module).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(module + "-") && name.endsWith("-exec.jar");
            }).findFirst().orElseThrow(() -> new IllegalStateException("no " + module + "-*-exec.jar in " + target
                    + "; build it: ./mvnw -q -B -ntp -DskipTests package -pl " + module + " -am"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root: the directory holding the service modules, from here or a parent. */
    static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("order-sync-service").resolve("pom.xml"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("run from inside the SuiteTok Hub repository: no order-sync-service "
                    + "module above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
