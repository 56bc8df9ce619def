package io.suitetok.model.topic;

/** Kafka's cleanup.policy: keep every event for the retention time, or the latest per key. */
public enum CleanupPolicy {
    DELETE("delete"),
    COMPACT("compact");

    private final String kafkaValue;

    CleanupPolicy(String kafkaValue) {
        this.kafkaValue = kafkaValue;
    }

    public String kafkaValue() {
        return kafkaValue;
    }
}
