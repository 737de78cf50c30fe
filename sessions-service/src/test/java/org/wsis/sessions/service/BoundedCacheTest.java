package org.wsis.sessions.service;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agenda cache's map: bounded in entries and weight, least recently used out first, one load per key. */
class BoundedCacheTest {

    @Test
    void keepsAtMostMaxEntriesDroppingTheLeastRecentlyUsed() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(3, Long.MAX_VALUE, v -> 1);
        AtomicInteger loads = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            cache.get(i, k -> "v" + k + "#" + loads.incrementAndGet());
        }
        cache.get(0, k -> "reloaded"); // 0 is now the most recently used
        cache.get(3, k -> "v3");
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get(0, k -> "reloaded")).isEqualTo("v0#1");
        assertThat(cache.get(1, k -> "reloaded")).as("1 was the least recently used").isEqualTo("reloaded");
    }

    @Test
    void keepsItsWeightWithinTheBound() {
        BoundedCache<Integer, byte[]> cache = new BoundedCache<>(1000, 100, v -> v.length);
        for (int i = 0; i < 50; i++) {
            cache.get(i, k -> new byte[30]);
            assertThat(cache.weight()).isLessThanOrEqualTo(100);
        }
        assertThat(cache.size()).isEqualTo(3);
        // a value heavier than the whole bound is answered, not kept
        assertThat(cache.get(-1, k -> new byte[500])).hasSize(500);
        assertThat(cache.weight()).isLessThanOrEqualTo(100);
    }

    @Test
    void removesWhatMatchesAndForgetsFailures() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(10, 100, v -> 10);
        cache.get(1, k -> "one");
        cache.get(2, k -> "two");
        cache.removeIf(k -> k == 1);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.weight()).isEqualTo(10);
        assertThatThrownBy(() -> cache.get(3, k -> {
            throw new IllegalStateException("database away");
        })).hasMessage("database away");
        assertThat(cache.get(3, k -> "three")).as("a failure is not cached").isEqualTo("three");
    }

    @Test
    void parallelMissesOfOneKeyLoadItOnce() throws Exception {
        BoundedCache<String, String> cache = new BoundedCache<>(10, 100, v -> 1);
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get("view", k -> {
                loads.incrementAndGet();
                loading.countDown();
                await(release);
                return "rendered";
            })));
            assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.get("view", k -> "rendered again #" + loads.incrementAndGet())));
            }
            release.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("rendered");
            }
            assertThat(loads).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
