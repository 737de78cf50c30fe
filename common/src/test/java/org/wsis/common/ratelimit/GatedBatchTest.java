package org.wsis.common.ratelimit;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wsis.common.batch.GroupCommit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rate-limited call counted in its work's own batch ({@link RateLimiter#gate}): the calls a request
 * submitted with its ticket are counted in the batch's transaction, those over the limit are refused
 * there (429) and not written, and an item without a ticket passes untouched.
 */
@QuarkusTest
class GatedBatchTest {

    @Inject
    RateLimiter limiter;

    @Inject
    Vertx vertx;

    @AfterEach
    void reset() {
        limiter.reset();
    }

    @Test
    void callsOverTheLimitAreRefusedInTheirBatchAndNotWritten() throws Exception {
        limiter.override(new RateLimiter.Limits(3, 100_000));
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commit = new GroupCommit<>("test-gated", 100, 50, Duration.ofSeconds(5), batch -> {
            written.addAll(batch);
            return batch.stream().map(GroupCommit.Outcome::of).toList();
        }, limiter.gate());
        commit.start();
        try {
            String subject = "gated-" + UUID.randomUUID();
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(submitFromARequest(commit, i, limiter.admission("votes", subject, null)));
            }
            CompletableFuture<Integer> untracked = submitFromARequest(commit, 99, null);

            int refused = 0;
            for (CompletableFuture<Integer> answer : answers) {
                try {
                    answer.get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(RateLimitExceeded.class);
                    refused++;
                }
            }
            assertThat(refused).isEqualTo(3);
            assertThat(untracked.get(10, TimeUnit.SECONDS)).isEqualTo(99);
            assertThat(written).hasSize(4).contains(99);
        } finally {
            commit.stop();
        }
    }

    /** Submits as a request does: on its duplicated Vert.x context, with the interceptor's ticket left there. */
    private CompletableFuture<Integer> submitFromARequest(GroupCommit<Integer, Integer> commit, int item,
                                                         RateLimiter.Admission ticket) throws InterruptedException {
        Context request = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        CompletableFuture<Integer> answer = new CompletableFuture<>();
        CountDownLatch submitted = new CountDownLatch(1);
        request.runOnContext(ignored -> {
            if (ticket != null) {
                GroupCommit.attachTicket(request, ticket);
            }
            commit.submit(item).whenComplete((value, failure) -> {
                if (failure != null) {
                    answer.completeExceptionally(failure);
                } else {
                    answer.complete(value);
                }
            });
            assertThat(GroupCommit.detachTicket(request)).as("the batch took the ticket").isNull();
            submitted.countDown();
        });
        assertThat(submitted.await(5, TimeUnit.SECONDS)).isTrue();
        return answer;
    }
}
