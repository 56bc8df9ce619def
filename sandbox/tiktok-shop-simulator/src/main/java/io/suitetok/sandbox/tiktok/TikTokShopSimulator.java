package io.suitetok.sandbox.tiktok;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a simulator inside the calling JVM, for tests and the local stack:
 * {@code try (RunningSimulator tiktok = TikTokShopSimulator.start(SimulatorSettings.forTests())) {...}}.
 */
public final class TikTokShopSimulator {

    private TikTokShopSimulator() {
    }

    /** The documented defaults on a free port. */
    public static RunningSimulator start() {
        return start(SimulatorSettings.forTests());
    }

    public static RunningSimulator start(SimulatorSettings settings) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TikTokShopSimulatorApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("simulatorSettings", settings))
                .run("--server.port=" + settings.port(),
                        "--spring.config.name=" + TikTokShopSimulatorApplication.CONFIG_NAME,
                        "--spring.jmx.enabled=false");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new RunningSimulator(context, port, settings);
    }
}
