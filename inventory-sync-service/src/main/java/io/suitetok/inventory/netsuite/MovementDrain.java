package io.suitetok.inventory.netsuite;

import io.suitetok.inventory.store.MovementStore;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the items waiting in the movement queue, a batch at a time, and puts them back if NetSuite fails. */
public class MovementDrain {

    private static final Logger log = LoggerFactory.getLogger(MovementDrain.class);

    private final MovementStore movements;
    private final AvailabilityReader reader;
    private final int batchSize;

    public MovementDrain(MovementStore movements, AvailabilityReader reader, int batchSize) {
        this.movements = movements;
        this.reader = reader;
        this.batchSize = batchSize;
    }

    /** @return items read */
    public int drainOnce() {
        List<String> items = movements.take(batchSize);
        if (items.isEmpty()) {
            return 0;
        }
        try {
            reader.readItems(items);
        } catch (RuntimeException e) {
            log.warn("reading {} moved items failed; they wait for the next round: {}", items.size(), e.toString());
            movements.enqueue(items);
            throw e;
        }
        return items.size();
    }
}
