package io.suitetok.sandbox.netsuite;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * For test classes that run against a simulator of their own, started with the test settings
 * before the class's first test and closed after its last. The field is static so that the
 * subclasses' static helpers and {@code @BeforeAll} methods can use it; test classes run one after
 * another here (no parallel execution is configured), each starting its own simulator.
 */
abstract class AgainstSimulator {

    static NetSuiteSimulator netsuite;

    @BeforeAll
    static void startSimulator() {
        netsuite = NetSuiteSimulator.start(SimulatorSettings.forTests());
    }

    @AfterAll
    static void stopSimulator() {
        netsuite.close();
    }
}
