package org.wsis.common.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drains the outbox to Kafka. Rows are marked sent only after the broker acknowledged them; while
 * Kafka is away the relay backs off and retries, and the users' requests are not affected.
 * Woken right after each local commit, with a short poll as a safety net; after a wake it lingers a
 * few milliseconds so that concurrent commits share one Kafka transaction.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
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

    public OutboxRelay(OutboxEventRepository repository, KafkaClients kafka, EventsConfig config) {
        this.repository = repository;
        this.kafka = kafka;
        this.config = config.outbox();
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
        try {
            KafkaProducer<String, String> sender = producer();
            sender.beginTransaction();
            for (int i = 0; i < ids.length; i++) {
                OutboxEventRepository.Pending row = batch.get(i);
                ids[i] = row.id();
                sender.send(record(row));
            }
            sender.commitTransaction(); // returns once the broker acknowledged every record
        } catch (RuntimeException e) {
            LOG.warnf("Kafka did not take %d outbox events (%s); they stay pending", batch.size(), rootMessage(e));
            return Round.FAILED;
        }
        transactions.incrementAndGet();
        repository.markSent(ids, Instant.now());
        return batch.size() == config.batchSize() ? Round.FULL : Round.SENT;
    }

    /** Structured mode, plus the type as a header so consumers can skip what they do not handle unparsed. */
    private static ProducerRecord<String, String> record(OutboxEventRepository.Pending row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.recordKey(), row.payload());
        record.headers().add(CloudEvent.CONTENT_TYPE_HEADER, CONTENT_TYPE);
        record.headers().add(CloudEvent.TYPE_HEADER, row.type().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Kafka transactions this relay committed so far (one per round that sent rows). */
    long transactions() {
        return transactions.get();
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
        }
        return producer;
    }

    /** A fresh producer after a failure: its initTransactions aborts the failed batch on the broker. */
    private void closeProducer() {
        if (producer != null) {
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
