package io.suitetok.sandbox.netsuite;

import org.junit.jupiter.api.BeforeEach;

/**
 * For test classes whose tests each start from the same account: before each test the account is
 * emptied and loaded with {@link SimulatorTestKit#seed()} again, so no test sees another's records
 * or stock. JUnit runs this before a subclass's own {@code @BeforeEach}.
 */
abstract class AgainstSeededSimulator extends AgainstSimulator {

    @BeforeEach
    void reseedAccount() {
        netsuite.account().reset();
        netsuite.account().seed(SimulatorTestKit.seed());
    }
}
