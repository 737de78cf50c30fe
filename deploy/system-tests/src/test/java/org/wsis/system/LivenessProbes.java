package org.wsis.system;

import org.wsis.deploy.Service;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Probes services' {@code /q/health/live} during a test, two ways: a frequent probe (every 500 ms, 5 s
 * timeout) whose latencies and misses are reported, and the kubelet's probe as the chart configures it
 * (every {@value #KUBELET_PERIOD_SECONDS} s, {@value #KUBELET_TIMEOUT_SECONDS} s timeout; ChartDeploymentsTest
 * pins those values), whose misses in a row are what would restart a pod.
 */
final class LivenessProbes implements AutoCloseable {

    static final int KUBELET_PERIOD_SECONDS = 10;
    static final int KUBELET_TIMEOUT_SECONDS = 10;
    static final int KUBELET_FAILURE_THRESHOLD = 3;

    private final SystemStack stack;
    private final List<Service> services;
    private final long since = System.nanoTime();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);

    private final ConcurrentLinkedQueue<Long> frequentMillis = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> frequentMisses = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> kubeletMisses = new ConcurrentLinkedQueue<>();
    /** Guarded by {@code this}: the callbacks of probes answered at once may run together. */
    private final Map<Service, Integer> kubeletInARow = new HashMap<>();
    private final Map<Service, Integer> kubeletMostInARow = new HashMap<>();
    private final ConcurrentLinkedQueue<CompletableFuture<?>> kubeletProbes = new ConcurrentLinkedQueue<>();

    LivenessProbes(SystemStack stack, List<Service> services) {
        this.stack = stack;
        this.services = services;
        services.forEach(service -> kubeletMostInARow.put(service, 0));
        timer.scheduleWithFixedDelay(this::probeFrequently, 0, 500, TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(this::probeAsKubelet, 0, KUBELET_PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private HttpRequest request(Service service, int timeoutSeconds) {
        return HttpRequest.newBuilder(stack.url(service, "/q/health/live"))
                .timeout(Duration.ofSeconds(timeoutSeconds)).build();
    }

    private void probeFrequently() {
        for (Service service : services) {
            long start = System.nanoTime();
            try {
                int status = client.send(request(service, 5), HttpResponse.BodyHandlers.discarding()).statusCode();
                frequentMillis.add((System.nanoTime() - start) / 1_000_000);
                if (status != 200) {
                    frequentMisses.add(at() + service.shortName() + " " + status);
                }
            } catch (Exception e) {
                frequentMisses.add(at() + service.shortName() + " " + e.getClass().getSimpleName());
            }
        }
    }

    /** Each probe on its own, as the kubelet sends them: a slow answer does not delay the next probe. */
    private void probeAsKubelet() {
        for (Service service : services) {
            String sent = at();
            kubeletProbes.add(client.sendAsync(request(service, KUBELET_TIMEOUT_SECONDS),
                            HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        boolean live = failure == null && response.statusCode() == 200;
                        synchronized (this) {
                            if (live) {
                                kubeletInARow.put(service, 0);
                                return;
                            }
                            kubeletMisses.add(sent + service.shortName() + " "
                                    + (failure == null ? response.statusCode() : failure.getClass().getSimpleName()));
                            kubeletMostInARow.merge(service, kubeletInARow.merge(service, 1, Integer::sum), Math::max);
                        }
                    }));
        }
    }

    private String at() {
        return String.format("%.1f s: ", (System.nanoTime() - since) / 1e9);
    }

    List<String> frequentMisses() {
        return List.copyOf(frequentMisses);
    }

    List<String> kubeletMisses() {
        return List.copyOf(kubeletMisses);
    }

    /** The most misses in a row of the kubelet's probe, per service, once every probe sent has its answer. */
    synchronized Map<Service, Integer> kubeletMissesInARow() {
        return Map.copyOf(kubeletMostInARow);
    }

    /** The frequent probe's answers: how many, the slowest. */
    String summary() {
        List<Long> sorted = new ArrayList<>(frequentMillis);
        sorted.sort(null);
        return sorted.isEmpty() ? "n=0" : "n=" + sorted.size() + " max=" + sorted.get(sorted.size() - 1) + " ms";
    }

    /** Stops probing and waits for the kubelet's probes in flight to be answered or to time out. */
    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(KUBELET_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        // each ends within its timeout, answered or not; a failed one is counted by its own callback
        CompletableFuture.allOf(kubeletProbes.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
    }
}
