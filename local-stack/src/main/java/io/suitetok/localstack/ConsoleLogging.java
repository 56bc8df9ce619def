package io.suitetok.localstack;

/**
 * Points logback (before Spring starts) and every Spring context (after) at the stack's console
 * configuration: services and infrastructure at WARN, the stack's own progress at INFO, plain text.
 * Without it the embedded broker would start under logback's default, which prints everything.
 */
public final class ConsoleLogging {

    static final String CONFIG = "local-stack-logback.xml";

    private ConsoleLogging() {
    }

    public static void install() {
        System.setProperty("logback.configurationFile", CONFIG);
        org.slf4j.LoggerFactory.getILoggerFactory();
        // Spring Boot warns about logback's own property and reads logging.config instead.
        System.clearProperty("logback.configurationFile");
        System.setProperty("logging.config", "classpath:" + CONFIG);
        System.setProperty("hub.logging.json", "false");
    }
}
