package io.suitetok.netsuite.list;

import java.util.ArrayList;
import java.util.List;

/** Cuts a list into consecutive chunks of at most {@code size}, in order. */
public final class Chunks {

    private Chunks() {
    }

    public static <T> List<List<T>> of(List<T> items, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1");
        }
        List<List<T>> chunks = new ArrayList<>((items.size() + size - 1) / size);
        for (int start = 0; start < items.size(); start += size) {
            chunks.add(List.copyOf(items.subList(start, Math.min(items.size(), start + size))));
        }
        return chunks;
    }
}
