package io.suitetok.sandbox.tiktok;

/**
 * One simulator for the whole test JVM (a Spring context start costs a second or two). Test classes
 * reset it before use; the few that need other settings start their own.
 */
final class SharedSimulator {

    private static RunningSimulator instance;

    private SharedSimulator() {
    }

    static synchronized RunningSimulator get() {
        if (instance == null) {
            instance = TikTokShopSimulator.start(SimulatorSettings.forTests());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }

    /** The shared simulator, reset to a fresh shop (tokens survive). */
    static RunningSimulator fresh() {
        RunningSimulator simulator = get();
        simulator.control().reset();
        return simulator;
    }
}
