package org.wsis.system;

import org.wsis.deploy.Service;
import org.wsis.deploy.StackConfig;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * What a load balancer in front of the instances does, on the client side: requests go round-robin
 * to the instances in rotation; one that refuses a connection leaves the rotation (its health check
 * would fail); a rolling restart takes an instance out, lets its requests finish, and puts it back
 * once it is ready again. Counts what each instance was sent and what it still has in flight.
 */
public final class Rotation {

    private final StackConfig config;
    private final Set<Integer> out = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> sent = new ConcurrentHashMap<>();
    /** One turn per service: a shared one would alias (votes always on even turns, registrations on odd). */
    private final Map<Service, AtomicLong> turns = new ConcurrentHashMap<>();
    private final java.util.Queue<String> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();

    Rotation(StackConfig config) {
        this.config = config;
    }

    /** Every instance back in rotation, no failure remembered: each test starts from a healthy view. */
    public void reset() {
        out.clear();
        failures.clear();
    }

    /** The next instance's port; the first instance when none is in rotation (the request will fail, as it should). */
    public int next(Service service) {
        List<Integer> ports = config.instances(service).stream().map(StackConfig.Instance::port)
                .filter(port -> !out.contains(port)).toList();
        if (ports.isEmpty()) {
            return config.port(service);
        }
        long turn = turns.computeIfAbsent(service, s -> new AtomicLong()).getAndIncrement();
        return ports.get((int) Math.floorMod(turn, (long) ports.size()));
    }

    /** Whether another instance of the port's service is in rotation (one to retry a refused connection on). */
    public boolean hasAlternative(Service service, int port) {
        return config.instances(service).stream().anyMatch(i -> i.port() != port && !out.contains(i.port()));
    }

    public void takeOut(int port) {
        out.add(port);
    }

    public void takeOut(StackConfig.Instance instance) {
        takeOut(instance.port());
    }

    public void putBack(StackConfig.Instance instance) {
        out.remove(instance.port());
    }

    void started(int port) {
        inFlight.computeIfAbsent(port, p -> new AtomicInteger()).incrementAndGet();
        sent.computeIfAbsent(port, p -> new AtomicLong()).incrementAndGet();
    }

    void finished(int port) {
        inFlight.get(port).decrementAndGet();
    }

    /** A request the instance did not answer 2xx: when, where, what (for a reader of a red run). */
    void failed(int port, String what) {
        String instance = config.allInstances().stream().filter(i -> i.port() == port).map(StackConfig.Instance::name)
                .findFirst().orElse(String.valueOf(port));
        failures.add(java.time.Instant.now() + " " + instance + ": " + what);
    }

    /** Every failed request so far, in order. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** Requests sent to the instance so far. */
    public long sent(StackConfig.Instance instance) {
        return sent.getOrDefault(instance.port(), new AtomicLong()).get();
    }

    /** Waits until every request sent to the instance was answered (it is out of rotation: no new ones come). */
    public void awaitDrained(StackConfig.Instance instance, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(20))
                .until(() -> inFlight.getOrDefault(instance.port(), new AtomicInteger()).get() == 0);
    }
}
