package org.wsis.common.batch;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.common.overload.Overloaded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The time bound of the queue sheds a backlog, not a pause: items that waited behind one slow batch
 * are written when the next batch takes them all; only a full batch (more waiting than one batch
 * takes) refuses its stale items.
 */
@QuarkusTest
class GroupCommitTest {

    private static final Duration MAX_WAIT = Duration.ofMillis(100);

    @Test
    void itemsLateBehindOneSlowBatchAreWrittenNotRefused() throws Exception {
        CountDownLatch slowBatch = new CountDownLatch(1);
        List<List<Integer>> written = new ArrayList<>();
        GroupCommit<Integer, Integer> commit = new GroupCommit<>("test-slow", 100, 10, MAX_WAIT, batch -> {
            awaitOn(slowBatch, batch);
            synchronized (written) {
                written.add(List.copyOf(batch));
            }
            return batch.stream().map(GroupCommit.Outcome::of).toList();
        });
        commit.start();
        try {
            CompletionStage<Integer> first = commit.submit(0);
            await().atMost(Duration.ofSeconds(5)).until(() -> commit.waiting() == 0); // the writer holds it
            List<CompletableFuture<Integer>> late = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                late.add(commit.submit(i).toCompletableFuture());
            }
            TimeUnit.MILLISECONDS.sleep(3 * MAX_WAIT.toMillis()); // the pause under test: they wait past the bound
            slowBatch.countDown();

            assertThat(first.toCompletableFuture().get(5, TimeUnit.SECONDS)).isZero();
            for (int i = 0; i < late.size(); i++) {
                assertThat(late.get(i).get(5, TimeUnit.SECONDS)).as("late item " + (i + 1)).isEqualTo(i + 1);
            }
            assertThat(written).containsExactly(List.of(0), List.of(1, 2, 3, 4, 5));
        } finally {
            slowBatch.countDown();
            commit.stop();
        }
    }

    @Test
    void aBacklogBeyondOneBatchRefusesItsStaleItems() throws Exception {
        CountDownLatch slowBatch = new CountDownLatch(1);
        GroupCommit<Integer, Integer> commit = new GroupCommit<>("test-backlog", 100, 4, MAX_WAIT, batch -> {
            awaitOn(slowBatch, batch);
            return batch.stream().map(GroupCommit.Outcome::of).toList();
        });
        commit.start();
        try {
            CompletionStage<Integer> first = commit.submit(0);
            await().atMost(Duration.ofSeconds(5)).until(() -> commit.waiting() == 0);
            List<CompletableFuture<Integer>> backlog = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                backlog.add(commit.submit(i).toCompletableFuture());
            }
            TimeUnit.MILLISECONDS.sleep(3 * MAX_WAIT.toMillis());
            slowBatch.countDown();

            assertThat(first.toCompletableFuture().get(5, TimeUnit.SECONDS)).isZero();
            int refused = 0;
            for (CompletableFuture<Integer> item : backlog) {
                try {
                    item.get(5, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(Overloaded.class);
                    refused++;
                }
            }
            // two full batches of stale items are refused; the last two fit one batch and are written
            assertThat(refused).isEqualTo(8);
        } finally {
            slowBatch.countDown();
            commit.stop();
        }
    }

    private static void awaitOn(CountDownLatch latch, List<Integer> batch) {
        if (batch.contains(0)) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
