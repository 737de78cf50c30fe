package org.wsis.common.observability;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs every {@link Sampled} bean every sample interval, each in its own transaction, on one daemon thread. */
@ApplicationScoped
public class Sampler {

    private static final Logger LOG = Logger.getLogger(Sampler.class);

    private final List<Sampled> sampled;
    private final ObservabilityConfig config;
    private ScheduledExecutorService executor;
    private boolean failing;

    public Sampler(Instance<Sampled> sampled, ObservabilityConfig config) {
        this.sampled = sampled.stream().toList();
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "metrics-sampler");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.sampleInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sampleAll, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Samples every bean now (also what the schedule runs). */
    public void sampleAll() {
        boolean failed = false;
        for (Sampled one : sampled) {
            try {
                QuarkusTransaction.requiringNew().timeout(10).run(one::sample);
            } catch (RuntimeException e) {
                failed = true;
                if (!failing) { // once per streak: a database outage would otherwise log every interval
                    LOG.warnf("Sampling metrics failed (%s); the gauges keep their last values", e.toString());
                }
            }
        }
        failing = failed;
    }
}
