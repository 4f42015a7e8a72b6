package io.singlepoint.core.sla;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small number for each distinct {@link StatusSet#key}, so that the engine classifies a status with an array lookup
 * instead of comparing names. Like {@link String#intern}, whose keys it numbers, it is process-wide and only grows:
 * an instance has as many numbers as distinct status names it has read. The numbers mean nothing outside this
 * process and are never stored or compared with names; any numbering gives the same results.
 */
final class StatusIds {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private StatusIds() {
    }

    /** The number of {@code key}, a {@link StatusSet#key}: the same for the same key, distinct for distinct keys. */
    static int of(String key) {
        Integer id = IDS.get(key);
        return id != null ? id : IDS.computeIfAbsent(key, k -> NEXT.getAndIncrement());
    }
}
