package org.wsis.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each service's Deployment and what scales, protects and scrapes it, as the chart renders them. */
class ChartDeploymentsTest {

    /** How long the inbox consumers may take to stop after ShutdownEvent (InboxLoop waits 15 s for each). */
    static final Duration CONSUMERS_STOP = Duration.ofSeconds(15);

    final RenderedChart chart = RenderedChart.withOperatorValues();

    /**
     * Quarkus reads each service's own src/main/kubernetes (no shared input directory), so the three
     * files repeat one another but for the name: this keeps them from drifting apart.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sessions-service", "prizes-service"})
    void everyServiceMergesTheSameResourcesUnderItsOwnName(String service) throws java.io.IOException {
        String reference = java.nio.file.Files.readString(RenderedChart.ROOT.resolve(
                "registration-service/src/main/kubernetes/kubernetes.yml"));
        String own = java.nio.file.Files.readString(RenderedChart.ROOT.resolve(service + "/src/main/kubernetes/kubernetes.yml"));
        assertThat(own).isEqualTo(reference.replace("registration-service", service));
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void runsAtLeastTwoReplicasOfTheOperatorsImage(String service) {
        Deployment deployment = deployment(service);
        assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(container(deployment).getImage()).isEqualTo("registry.wsis.example.org/wsis/" + service + ":1.0.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void probesTheHealthEndpointsOnTheServicesPort(String service) {
        Container container = container(deployment(service));
        int port = ServiceFacts.named(service).port();
        assertThat(container.getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getContainerPort()).isEqualTo(port);
            assertThat(p.getName()).isEqualTo("http");
        });
        assertProbe(container.getLivenessProbe(), "/q/health/live", port);
        assertProbe(container.getReadinessProbe(), "/q/health/ready", port);
        assertProbe(container.getStartupProbe(), "/q/health/started", port);
        // the system tests' OverloadTest plays the kubelet with these values (LivenessProbes)
        assertThat(container.getLivenessProbe()).extracting("periodSeconds", "timeoutSeconds", "failureThreshold")
                .containsExactly(10, 10, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void requestsAndLimitsMemoryFromTheMeasuredFootprint(String service) {
        var resources = container(deployment(service)).getResources();
        // measured: 294-333 MB resident under the heaviest benchmark
        Quantity request = resources.getRequests().get("memory");
        Quantity limit = resources.getLimits().get("memory");
        assertThat(request).isEqualTo(new Quantity("384Mi"));
        assertThat(limit).isEqualTo(new Quantity("512Mi"));
        assertThat(Quantity.getAmountInBytes(request).longValue()).isGreaterThan(333L * 1000 * 1000);
        assertThat(resources.getRequests()).containsKey("cpu");
        assertThat(resources.getLimits()).as("no CPU limit: throttling stalls probes and heartbeats").doesNotContainKey("cpu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void runsRestricted(String service) {
        PodSpec pod = deployment(service).getSpec().getTemplate().getSpec();
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        var security = container(deployment(service)).getSecurityContext();
        assertThat(security.getAllowPrivilegeEscalation()).isFalse();
        assertThat(security.getReadOnlyRootFilesystem()).isTrue();
        assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(security.getCapabilities().getAdd()).isNullOrEmpty();
        assertThat(security.getPrivileged()).isNotEqualTo(Boolean.TRUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void writesOnlyToAnEmptyDirAtTmp(String service) {
        Deployment deployment = deployment(service);
        var tmp = container(deployment).getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst().orElseThrow();
        Volume volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(tmp.getName())).findFirst().orElseThrow();
        assertThat(volume.getEmptyDir()).isNotNull();
        assertThat(container(deployment).getVolumeMounts()).filteredOn(m -> !m.getMountPath().equals("/tmp"))
                .allSatisfy(m -> assertThat(m.getReadOnly()).as(m.getMountPath()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void terminatesGracefully(String service) {
        Deployment deployment = deployment(service);
        long pause = container(deployment).getLifecycle().getPreStop().getSleep().getSeconds();
        Duration shutdownTimeout = duration(sharedSettings().get("QUARKUS_SHUTDOWN_TIMEOUT"));
        long grace = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        assertThat(pause).as("preStop pause while the ingress controller drops the endpoint").isBetween(5L, 30L);
        assertThat(shutdownTimeout).as("quarkus.shutdown.timeout").isPositive();
        assertThat(grace).as("terminationGracePeriodSeconds above preStop + shutdown timeout + consumers stopping")
                .isGreaterThan(pause + shutdownTimeout.plus(CONSUMERS_STOP).toSeconds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void spreadsItsPodsAcrossNodes(String service) {
        Deployment deployment = deployment(service);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        TopologySpreadConstraint byNode = deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints().stream()
                .filter(c -> c.getTopologyKey().equals("kubernetes.io/hostname")).findFirst().orElseThrow();
        assertThat(byNode.getWhenUnsatisfiable()).isEqualTo("DoNotSchedule");
        assertThat(byNode.getMaxSkew()).isEqualTo(1);
        assertThat(podLabels).containsAllEntriesOf(byNode.getLabelSelector().getMatchLabels());
        assertThat(byNode.getLabelSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", service);
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void scalesOnCpuFromTheReplicasUp(String service) {
        Deployment deployment = deployment(service);
        HorizontalPodAutoscaler hpa = chart.one("HorizontalPodAutoscaler", service, HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service);
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2).isEqualTo(deployment.getSpec().getReplicas());
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
        assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies(m -> {
            assertThat(m.getResource().getName()).isEqualTo("cpu");
            assertThat(m.getResource().getTarget().getAverageUtilization()).isBetween(50, 90);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void keepsAllButOnePodThroughVoluntaryDisruptions(String service) {
        PodDisruptionBudget pdb = chart.one("PodDisruptionBudget", service, PodDisruptionBudget.class);
        assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        assertThat(pdb.getSpec().getMinAvailable()).isNull();
        assertThat(deployment(service).getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void isReachableThroughItsServiceAndScrapedAtQMetrics(String service) {
        Service kubernetesService = chart.one("Service", service, Service.class);
        assertThat(deployment(service).getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(kubernetesService.getSpec().getSelector());
        assertThat(kubernetesService.getSpec().getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("http");
            assertThat(p.getTargetPort().getIntVal()).isEqualTo(ServiceFacts.named(service).port());
        });
        ServiceMonitor monitor = chart.one("ServiceMonitor", service, ServiceMonitor.class);
        assertThat(kubernetesService.getMetadata().getLabels()).containsAllEntriesOf(monitor.getSpec().getSelector().getMatchLabels());
        assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies(e -> {
            assertThat(e.getPort()).isEqualTo("http");
            assertThat(e.getPath()).isEqualTo("/q/metrics");
        });
    }

    private Deployment deployment(String service) {
        return chart.one("Deployment", service, Deployment.class);
    }

    static Container container(Deployment deployment) {
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
        assertThat(deployment.getSpec().getTemplate().getSpec().getInitContainers()).isNullOrEmpty();
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private Map<String, String> sharedSettings() {
        return chart.one("ConfigMap", "wsis-services", ConfigMap.class).getData();
    }

    private static void assertProbe(Probe probe, String path, int port) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getIntVal()).isEqualTo(port);
    }

    /** Quarkus durations as the ConfigMap gives them: 20s, 500ms, or ISO-8601. */
    static Duration duration(String value) {
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        return Duration.parse(value);
    }
}
