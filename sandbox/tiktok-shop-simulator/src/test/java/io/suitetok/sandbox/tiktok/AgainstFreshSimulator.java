package io.suitetok.sandbox.tiktok;

import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import org.junit.jupiter.api.BeforeEach;

/**
 * For test classes that drive the real client against the shared simulator: before each test the
 * simulator is reset to a fresh shop and a client is connected to it the way the hub connects.
 * JUnit runs this before a subclass's own {@code @BeforeEach}, so that one can already use the
 * connected client (to upload an image or list a product).
 */
abstract class AgainstFreshSimulator {

    RunningSimulator simulator;
    SimulatorControl control;
    ConnectedClient connected;

    @BeforeEach
    void connectToFreshSimulator() {
        simulator = SharedSimulator.fresh();
        control = simulator.control();
        connected = ConnectedClient.to(simulator);
    }
}
