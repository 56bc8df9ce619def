package io.suitetok.localstack;

/**
 * Something done to the hub during a day that the day's invariants must survive ({@code ./run-hub --fault},
 * {@link FaultSuite}): a service killed, a simulator failing a share of calls, webhooks tripled. It starts at
 * the step it chooses and is over, with every killed service running again, when {@link DayPhase#OVER} returns.
 */
interface DayFault {

    /** As the fault suite's table names it: {@code kill order-sync}, {@code netsuite 20 %/5 %}. */
    String name();

    /** Called at the start of each step of the day, on the day's thread. */
    void onPhase(DayPhase phase, Simulators simulators, RunningHub hub);

    /** What was injected, counted: {@code 10 kills}, {@code 312 blocked, 41 answers lost}. */
    String injected();
}
