package org.wsis.sessions.service;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A least-recently-used map bounded both in entries and in total weight (e.g. bytes), whose values
 * are computed once per key however many threads ask at the same moment (the others wait for the
 * first). A failed computation is not kept. Small and lock-based on purpose: a lookup is a hash
 * probe under a monitor, far below the cost of the request around it.
 */
final class BoundedCache<K, V> {

    private static final class Slot<V> {
        final CompletableFuture<V> value = new CompletableFuture<>();
        /** Negative while the value is being computed. */
        long weight = -1;
    }

    private final int maxEntries;
    private final long maxWeight;
    private final ToLongFunction<? super V> weigher;
    private final LinkedHashMap<K, Slot<V>> slots = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    BoundedCache(int maxEntries, long maxWeight, ToLongFunction<? super V> weigher) {
        if (maxEntries < 1 || maxWeight < 1) {
            throw new IllegalArgumentException("a cache needs room for at least one entry");
        }
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /** The value of {@code key}, computed by {@code loader} (outside any lock) if it is not there. */
    V get(K key, Function<? super K, ? extends V> loader) {
        Slot<V> slot;
        boolean mine = false;
        synchronized (this) {
            slot = slots.get(key);
            if (slot == null) {
                slot = new Slot<>();
                slots.put(key, slot);
                mine = true;
            }
        }
        if (!mine) {
            return await(slot);
        }
        V value;
        try {
            value = loader.apply(key);
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                slots.remove(key, slot);
            }
            slot.value.completeExceptionally(e);
            throw e;
        }
        long w = Math.max(0, weigher.applyAsLong(value));
        synchronized (this) {
            if (slots.get(key) == slot) { // not removed while it was computed
                slot.weight = w;
                weight += w;
                evict();
            }
        }
        slot.value.complete(value);
        return value;
    }

    /** Removes every entry whose key matches (those being computed too: their result is then not kept). */
    synchronized void removeIf(Predicate<? super K> stale) {
        for (Iterator<Map.Entry<K, Slot<V>>> it = slots.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<K, Slot<V>> entry = it.next();
            if (stale.test(entry.getKey())) {
                weight -= Math.max(0, entry.getValue().weight);
                it.remove();
            }
        }
    }

    synchronized int size() {
        return slots.size();
    }

    synchronized long weight() {
        return weight;
    }

    /** Least recently used first; entries still being computed stay (there are at most as many as threads). */
    private void evict() {
        for (Iterator<Slot<V>> it = slots.values().iterator(); it.hasNext()
                && (slots.size() > maxEntries || weight > maxWeight); ) {
            Slot<V> slot = it.next();
            if (slot.weight >= 0) {
                weight -= slot.weight;
                it.remove();
            }
        }
    }

    private static <V> V await(Slot<V> slot) {
        try {
            return slot.value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
