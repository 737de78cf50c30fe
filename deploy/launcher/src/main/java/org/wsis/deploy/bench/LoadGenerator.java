package org.wsis.deploy.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * The bench's HTTP client: non-blocking, one event-loop thread, a fixed pool of keep-alive HTTP/1.1
 * connections without pipelining and a bounded wait queue. A request that gets no pooled connection
 * within {@link #CONNECTION_WAIT_MS}, or finds the wait queue full, is "not sent"; one sent but not
 * answered within {@link #ANSWER_TIMEOUT_MS} is a timeout. Setup calls, health polls and recovery
 * votes use a small pool of their own, so they never queue behind the load. The system tests' flood
 * uses it too, with {@link Limits} of its own.
 */
public final class LoadGenerator implements AutoCloseable {

    static final long ANSWER_TIMEOUT_MS = 10_000;
    static final long CONNECTION_WAIT_MS = 1_000;
    static final int WAIT_QUEUE_PER_CONNECTION = 16;

    /**
     * The load pool: its keep-alive connections, how many requests may wait for one, how long a request
     * waits for one (then it is not sent), and how long a sent request waits for its answer.
     */
    public record Limits(int connections, int waitQueue, long connectionWaitMs, long answerTimeoutMs) {

        /** The bench's: a wait queue of 16 per connection, 1 s for a connection, 10 s for an answer. */
        public static Limits bench(int connections) {
            return new Limits(connections, connections * WAIT_QUEUE_PER_CONNECTION, CONNECTION_WAIT_MS,
                    ANSWER_TIMEOUT_MS);
        }
    }

    /** What became of one request sent with {@link #send(PreparedRequest, Answered)}. */
    @FunctionalInterface
    public interface Answered {

        /**
         * {@code code}: the HTTP status, or {@link Outcome#NOT_SENT_CODE}, {@link Outcome#TIMEOUT_CODE},
         * {@link Outcome#CONNECTION_ERROR_CODE}; {@code body}: the answer's body, null without an answer;
         * {@code sentToAnswerMicros}: from sent to answered, -1 without an answer.
         */
        void answered(int code, String body, long sentToAnswerMicros);
    }

    private final Vertx vertx;
    private final Context loop;
    private final HttpClient load;
    private final HttpClient side;
    private final Limits limits;

    LoadGenerator(int connections) {
        this(Limits.bench(connections));
    }

    public LoadGenerator(Limits limits) {
        this.limits = limits;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1).setBlockedThreadCheckInterval(10).setBlockedThreadCheckIntervalUnit(
                        TimeUnit.SECONDS).setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false)
                        .setClassPathResolvingEnabled(false)));
        this.loop = vertx.getOrCreateContext();
        HttpClientOptions options = new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_1_1)
                .setKeepAlive(true).setPipelining(false).setTcpNoDelay(true).setConnectTimeout(5_000)
                .setDefaultHost(PreparedRequest.HOST);
        this.load = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(limits.connections())
                .setMaxWaitQueueSize(limits.waitQueue()));
        this.side = vertx.createHttpClient(new HttpClientOptions(options), new PoolOptions().setHttp1MaxSize(4));
    }

    int connections() {
        return limits.connections();
    }

    Vertx vertx() {
        return vertx;
    }

    /** Runs {@code task} on the single event-loop thread every request is sent and answered on. */
    public void onLoop(Runnable task) {
        loop.runOnContext(v -> task.run());
    }

    /** Offers {@code schedule.count()} requests at its rate and waits until each is answered or failed. */
    Tally open(ArrivalSchedule schedule, IntFunction<PreparedRequest> requests, IntPredicate accepted)
            throws InterruptedException {
        return start(schedule, requests, accepted).await();
    }

    /** Starts offering; the caller may do other work meanwhile and {@link OpenLoop#await()} the tally. */
    OpenLoop start(ArrivalSchedule schedule, IntFunction<PreparedRequest> requests, IntPredicate accepted) {
        OpenLoop run = new OpenLoop(this, schedule, requests, new Tally(schedule.count(), schedule.perSecond(),
                accepted));
        run.start();
        return run;
    }

    /** {@code concurrency} clients, each sending its next request when the last is answered, for {@code duration}. */
    Tally closed(int concurrency, Duration duration, PreparedRequest request, IntPredicate accepted)
            throws InterruptedException {
        return new ClosedLoop(this, concurrency, duration, request, new Tally(0, 0, accepted)).run();
    }

    /**
     * Sends one request on the load pool and records its outcome under {@code index}, latency counted
     * from {@code dueNanos}; then runs {@code done}. Called on the event loop.
     */
    void send(PreparedRequest request, int index, long dueNanos, Tally tally, Runnable done) {
        load.request(request.options(limits.connectionWaitMs(), limits.answerTimeoutMs())).onComplete(obtained -> {
            if (obtained.failed()) {
                tally.failed(index, beforeSending(obtained.cause()), (System.nanoTime() - dueNanos) / 1000);
                done.run();
                return;
            }
            long sent = System.nanoTime();
            HttpClientRequest http = obtained.result();
            Future<HttpClientResponse> response = request.body() == null ? http.send() : http.send(request.body());
            response.compose(answer -> answer.end().map(v -> answer.statusCode())).onComplete(status -> {
                long now = System.nanoTime();
                if (status.succeeded()) {
                    tally.answered(index, status.result(), (now - dueNanos) / 1000, (now - sent) / 1000);
                } else {
                    tally.failed(index, afterSending(status.cause()), (now - dueNanos) / 1000);
                }
                done.run();
            });
        });
    }

    /**
     * Sends one request on the load pool and hands its outcome and whole body to {@code answered}, on the
     * event loop. Called on the event loop ({@link #onLoop}).
     */
    public void send(PreparedRequest request, Answered answered) {
        load.request(request.options(limits.connectionWaitMs(), limits.answerTimeoutMs())).onComplete(obtained -> {
            if (obtained.failed()) {
                answered.answered(beforeSending(obtained.cause()), null, -1);
                return;
            }
            long sent = System.nanoTime();
            HttpClientRequest http = obtained.result();
            Future<HttpClientResponse> response = request.body() == null ? http.send() : http.send(request.body());
            response.compose(answer -> answer.body().map(body -> new Answer(answer.statusCode(), null,
                    body.toString()))).onComplete(answer -> {
                        if (answer.succeeded()) {
                            answered.answered(answer.result().status(), answer.result().body(),
                                    (System.nanoTime() - sent) / 1000);
                        } else {
                            answered.answered(afterSending(answer.cause()), null, -1);
                        }
                    });
        });
    }

    /**
     * No connection within the wait, the queue full, or the connection refused (nothing listens on
     * the port): not sent; anything else: the connection failed.
     */
    static int beforeSending(Throwable failure) {
        return failure instanceof ConnectionPoolTooBusyException || failure instanceof TimeoutException
                || failure instanceof java.net.ConnectException
                ? Outcome.NOT_SENT_CODE : Outcome.CONNECTION_ERROR_CODE;
    }

    static int afterSending(Throwable failure) {
        return failure instanceof TimeoutException ? Outcome.TIMEOUT_CODE : Outcome.CONNECTION_ERROR_CODE;
    }

    /** One request on the side pool, its whole answer read: setup calls and probes. */
    Future<Answer> probe(PreparedRequest request, long timeoutMs) {
        return side.request(request.options(timeoutMs, timeoutMs))
                .compose(http -> request.body() == null ? http.send() : http.send(request.body()))
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(),
                        response.getHeader("ETag"), body.toString())));
    }

    /** {@link #probe} and wait for it. */
    Answer call(PreparedRequest request) throws IOException, InterruptedException {
        return await(probe(request, ANSWER_TIMEOUT_MS), ANSWER_TIMEOUT_MS * 2);
    }

    static <T> T await(Future<T> future, long timeoutMs) throws IOException, InterruptedException {
        try {
            return future.toCompletionStage().toCompletableFuture().get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getCause().toString(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("no answer within " + timeoutMs + " ms", e);
        }
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
