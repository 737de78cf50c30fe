package org.wsis.common.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.wsis.common.observability.TraceContexts;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drains the outbox to Kafka. Rows are marked sent only after the broker acknowledged them; while
 * Kafka is away the relay backs off and retries, and the users' requests are not affected.
 * Woken right after each local commit, with a short poll as a safety net; after a wake it lingers a
 * few milliseconds so that concurrent commits share one Kafka transaction.
 *
 * <p><b>One leader per service.</b> Every instance of a service runs a relay, but only the leader
 * drains: the relay that holds a session-level advisory lock ({@link #LEADER_LOCK}) on a database
 * connection of its own, opened outside the pool and outside any transaction and kept open. Only the
 * leader creates a Kafka producer, so the instances no longer take the shared transactional id from
 * each other round after round (each new producer fences the previous one). The others stand by and try
 * to take the lock every {@code poll-interval}; commits in a standing-by instance are drained by the
 * leader's safety-net poll. A leader checks its session every {@code poll-interval} and steps down when
 * it broke (a database restart); when a leader's process dies, PostgreSQL drops its session and the
 * lock with it, and another instance leads within a poll interval. Each round still takes the
 * per-round transaction lock ({@link OutboxEventRepository#tryRelayLock}): two relays never drain at
 * once, even while a leader that lost its session finishes a round.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming the leader's session lock; not the per-round transaction lock's. */
    static final long LEADER_LOCK = 0x5753494c454144L;
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);
    private static final byte[] CONTENT_TYPE = CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private final OutboxEventRepository repository;
    private final KafkaClients kafka;
    private final EventsConfig.Outbox config;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private Instant nextCleanup = Instant.now();
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong failedRounds = new AtomicLong();
    private final Config settings = ConfigProvider.getConfig();
    /** The leadership session: held by the relay's thread (and closed by stop once the thread ended). */
    private Connection session;
    private volatile boolean leader;
    private boolean standingByLogged;
    private boolean sessionFailing;
    private long nextSessionCheck;

    private final EventMetrics metrics;
    private final Tracer tracer;
    private AutoCloseable producerMetrics;

    public OutboxRelay(OutboxEventRepository repository, KafkaClients kafka, EventsConfig config, EventMetrics metrics,
                       Tracer tracer) {
        this.repository = repository;
        this.kafka = kafka;
        this.config = config.outbox();
        this.metrics = metrics;
        this.tracer = tracer;
        metrics.relayLeadership(this);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled in this instance");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wake();
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(15));
        }
        closeProducer();
        stepDown("this instance stops"); // closing the session releases the lock: another instance leads at once
    }

    /** Asks the relay to drain now (called after a commit that wrote outbox rows). */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        Duration backoff = config.initialBackoff();
        boolean lingerFirst = false;
        while (running) {
            if (!leads()) {
                closeProducer();
                await(config.pollInterval(), false); // a commit here changes nothing: the leader drains it
                lingerFirst = false;
                continue;
            }
            if (lingerFirst) {
                await(config.linger(), false); // commits meanwhile join this round instead of starting their own
            }
            clearWake(); // every commit that woke the relay so far is visible to the round's read
            Round round;
            try {
                round = QuarkusTransaction.requiringNew().timeout(60).call(this::relayOnce);
                cleanupIfDue();
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay round failed (%s); retrying in %s", e.toString(), backoff);
                round = Round.FAILED;
            }
            if (round == Round.FAILED) {
                failedRounds.incrementAndGet();
                metrics.relayFailed();
                closeProducer();
                await(backoff, false); // commits do not cut a backoff short while Kafka is away
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
                lingerFirst = false;
                continue;
            }
            backoff = config.initialBackoff();
            lingerFirst = switch (round) {
                case FULL -> false; // more rows are waiting: go again at once
                case LOCKED -> await(Duration.ofMillis(20), true); // another instance drains; check again soon
                default -> await(config.pollInterval(), true);
            };
        }
    }

    /**
     * One database transaction around one Kafka transaction: lock, read a batch in id order, send
     * it, commit it on Kafka, then mark it sent. A batch Kafka did not commit stays pending and its
     * records are aborted, so read_committed consumers see each event once, in order.
     */
    Round relayOnce() {
        if (!repository.tryRelayLock()) {
            return Round.LOCKED;
        }
        List<OutboxEventRepository.Pending> batch = repository.pending(config.batchSize());
        if (batch.isEmpty()) {
            return Round.EMPTY;
        }
        Long[] ids = new Long[batch.size()];
        List<Span> spans = new ArrayList<>();
        long started = System.nanoTime();
        try {
            KafkaProducer<String, String> sender = producer();
            sender.beginTransaction();
            for (int i = 0; i < ids.length; i++) {
                OutboxEventRepository.Pending row = batch.get(i);
                ids[i] = row.id();
                sender.send(record(row, publishSpan(row, spans)));
            }
            sender.commitTransaction(); // returns once the broker acknowledged every record
        } catch (RuntimeException e) {
            LOG.warnf("Kafka did not take %d outbox events (%s); they stay pending", batch.size(), rootMessage(e));
            spans.forEach(span -> span.recordException(e).setStatus(StatusCode.ERROR).end());
            return Round.FAILED;
        }
        spans.forEach(Span::end); // a publish span lasts until the broker acknowledged its transaction
        metrics.relayed(batch.size(), System.nanoTime() - started);
        transactions.incrementAndGet();
        repository.markSent(ids, Instant.now());
        return batch.size() == config.batchSize() ? Round.FULL : Round.SENT;
    }

    /**
     * The publish span of a row written under a trace (none otherwise): a child of the span that wrote
     * the row, so the relay's hop belongs to the request's trace.
     */
    private String publishSpan(OutboxEventRepository.Pending row, List<Span> spans) {
        if (row.traceparent() == null) {
            return null;
        }
        Span span = tracer.spanBuilder(row.topic() + " publish").setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceContexts.parent(row.traceparent()))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "publish")
                .setAttribute("messaging.destination.name", row.topic())
                .setAttribute("cloudevents.event_type", row.type())
                .startSpan();
        spans.add(span);
        String traceparent = TraceContexts.of(span.getSpanContext());
        return traceparent != null ? traceparent : row.traceparent(); // tracing off here: pass the writer's on
    }

    /**
     * Structured mode, plus the type as a header so consumers can skip what they do not handle unparsed,
     * and the relay's span as {@code traceparent} (W3C trace context in Kafka headers) for the consumer's.
     */
    private static ProducerRecord<String, String> record(OutboxEventRepository.Pending row, String traceparent) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.recordKey(), row.payload());
        record.headers().add(CloudEvent.CONTENT_TYPE_HEADER, CONTENT_TYPE);
        record.headers().add(CloudEvent.TYPE_HEADER, row.type().getBytes(StandardCharsets.UTF_8));
        if (traceparent != null) {
            record.headers().add(TraceContexts.TRACEPARENT, traceparent.getBytes(StandardCharsets.US_ASCII));
        }
        return record;
    }

    /** Kafka transactions this relay committed so far (one per round that sent rows). */
    long transactions() {
        return transactions.get();
    }

    /** Rounds that failed so far (Kafka refused or fenced the producer, the database failed). */
    long failedRounds() {
        return failedRounds.get();
    }

    /** Whether this relay leads (holds the leadership lock) now. */
    boolean leader() {
        return leader;
    }

    /**
     * Whether this relay leads: a leader checks its session every poll interval; any other relay tries to
     * take the lock (at most once per call, and the caller waits a poll interval between calls).
     */
    private boolean leads() {
        long now = System.nanoTime();
        if (leader) {
            if (now - nextSessionCheck < 0) {
                return true;
            }
            nextSessionCheck = now + config.pollInterval().toNanos();
            try {
                if (session.isValid(5)) {
                    return true;
                }
            } catch (SQLException e) {
                // broken: step down below
            }
            stepDown("its database session broke");
            return false;
        }
        try {
            if (session == null) {
                session = openSession();
            }
            try (Statement statement = session.createStatement();
                 ResultSet locked = statement.executeQuery("SELECT pg_try_advisory_lock(" + LEADER_LOCK + ")")) {
                leader = locked.next() && locked.getBoolean(1);
            }
        } catch (SQLException | RuntimeException e) {
            if (!sessionFailing) { // once per streak: a database outage retries every poll interval
                LOG.warnf("Outbox relay could not try to lead (%s); trying again every %s", e.toString(),
                        config.pollInterval());
                sessionFailing = true;
            }
            closeSession();
            return false;
        }
        sessionFailing = false;
        if (leader) {
            LOG.infof("Outbox relay: this instance leads (sends every instance's outbox rows to Kafka)");
            nextSessionCheck = now + config.pollInterval().toNanos();
            standingByLogged = false;
        } else if (!standingByLogged) {
            LOG.infof("Outbox relay: another instance leads; this one stands by and tries again every %s",
                    config.pollInterval());
            standingByLogged = true;
        }
        return leader;
    }

    private void stepDown(String why) {
        if (leader) {
            LOG.infof("Outbox relay: this instance no longer leads (%s)", why);
            leader = false;
            closeProducer();
        }
        closeSession();
    }

    /**
     * A connection of its own, outside the pool (closing a pooled one would keep the session, and the
     * lock, alive in the pool) and outside any transaction. The server probes the client every few
     * seconds, so a leader whose machine vanished without closing its connection loses the lock within
     * about 20 s, not the operating system's default two hours.
     */
    private Connection openSession() throws SQLException {
        Properties properties = new Properties();
        settings.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> properties.setProperty("user", u));
        settings.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", settings.getOptionalValue("quarkus.application.name", String.class)
                .orElse("wsis") + " outbox relay leadership");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        String url = settings.getValue("quarkus.datasource.jdbc.url", String.class);
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        try (Statement keepalives = connection.createStatement()) {
            keepalives.execute("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 2");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private void closeSession() {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the outbox relay's leadership session failed (%s)", e.toString());
            }
            session = null;
        }
    }

    private void cleanupIfDue() {
        if (Instant.now().isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = Instant.now().plus(CLEANUP_EVERY);
        long deleted = QuarkusTransaction.requiringNew()
                .call(() -> repository.deleteSentBefore(Instant.now().minus(config.retention())));
        if (deleted > 0) {
            LOG.debugf("Deleted %d sent outbox rows past retention", deleted);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            KafkaProducer<String, String> created = kafka.transactionalProducer("outbox-relay", config.transactionalId());
            try {
                created.initTransactions(); // also aborts what a previous relay left open
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
            producerMetrics = metrics.bind(created);
        }
        return producer;
    }

    /** A fresh producer after a failure: its initTransactions aborts the failed batch on the broker. */
    private void closeProducer() {
        if (producer != null) {
            closeQuietly(producerMetrics);
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    /**
     * Waits for the timeout, or until woken when {@code untilWoken}; the wake stays pending until the
     * next round clears it.
     *
     * @return whether a wake is pending
     */
    private boolean await(Duration timeout, boolean untilWoken) {
        synchronized (signal) {
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                while (running && !(untilWoken && woken)) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    TimeUnit.NANOSECONDS.timedWait(signal, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            return woken;
        }
    }

    private void clearWake() {
        synchronized (signal) {
            woken = false;
        }
    }

    static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debugf("Unbinding Kafka client metrics failed (%s)", e.toString());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }

    enum Round { EMPTY, SENT, FULL, LOCKED, FAILED }
}
