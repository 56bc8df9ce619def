package io.suitetok.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Starts one hub service in its own Spring context, as its own deployment would: its own
 * {@code application.yml}, then the stack's settings on the command line above it. {@link ServiceProcess}
 * passes the same arguments to the service's own JVM.
 *
 * <p>Every service jar carries an {@code application.yml} at its root, and on a shared classpath only
 * the first would be found. So each context is pointed at the file inside its own jar (or classes
 * directory), copied out because a location inside a jar is not a file Spring's config loader reads.
 */
final class ServiceLauncher {

    private final Path configDirectory;

    ServiceLauncher() {
        try {
            this.configDirectory = Files.createTempDirectory("suitetok-local-stack-config");
            configDirectory.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InJvmService start(ServiceSpec service) {
        List<String> args = new ArrayList<>();
        args.add("--spring.config.location=file:" + ownConfigFile(service.application()));
        args.addAll(service.arguments());
        return new InJvmService(service.name(), new SpringApplicationBuilder(service.application())
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args.toArray(String[]::new)));
    }

    /** The service's own application.yml, from the jar or directory its application class was loaded from. */
    Path ownConfigFile(Class<?> application) {
        try {
            URL codeSource = application.getProtectionDomain().getCodeSource().getLocation();
            Path location = Path.of(codeSource.toURI());
            URI resource = Files.isDirectory(location) ? location.resolve("application.yml").toUri()
                    : URI.create("jar:" + location.toUri() + "!/application.yml");
            Path copy = configDirectory.resolve(application.getSimpleName() + ".yml");
            try (InputStream in = resource.toURL().openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the application.yml of " + application.getName(), e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
