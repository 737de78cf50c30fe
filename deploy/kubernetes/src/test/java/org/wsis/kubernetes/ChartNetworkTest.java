package org.wsis.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may talk to the services, whom they may talk to, and how the public reaches which service. */
class ChartNetworkTest {

    final RenderedChart chart = RenderedChart.withOperatorValues();
    final NetworkPolicy ingressPolicy = chart.one("NetworkPolicy", "wsis-services-ingress", NetworkPolicy.class);
    final NetworkPolicy egressPolicy = chart.one("NetworkPolicy", "wsis-services-egress", NetworkPolicy.class);
    final Ingress ingress = chart.one("Ingress", "wsis", Ingress.class);

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void bothPoliciesSelectTheServicesPods(String service) {
        Map<String, String> podLabels = chart.one("Deployment", service, Deployment.class).getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).containsAllEntriesOf(ingressPolicy.getSpec().getPodSelector().getMatchLabels())
                .containsAllEntriesOf(egressPolicy.getSpec().getPodSelector().getMatchLabels());
    }

    @Test
    void onlyTheIngressControllerAndPrometheusConnectToTheServices() {
        assertThat(ingressPolicy.getSpec().getPolicyTypes()).containsExactly("Ingress");
        List<String> sources = new ArrayList<>();
        ingressPolicy.getSpec().getIngress().forEach(rule -> {
            assertThat(rule.getPorts()).singleElement().satisfies(p -> assertThat(p.getPort().getStrVal()).isEqualTo("http"));
            assertThat(rule.getFrom()).singleElement().satisfies(peer -> {
                assertThat(peer.getIpBlock()).isNull();
                assertThat(peer.getPodSelector().getMatchLabels()).isNotEmpty();
                sources.add(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
            });
        });
        assertThat(sources).containsExactly("ingress-nginx", "monitoring");
    }

    @Test
    void theServicesConnectOnlyToDnsPostgresKafkaAndTheIdentityProvider() {
        assertThat(egressPolicy.getSpec().getPolicyTypes()).containsExactly("Egress");
        List<NetworkPolicyEgressRule> rules = egressPolicy.getSpec().getEgress();
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.getTo()).as("an empty 'to' allows everywhere").isNotEmpty();
            assertThat(rule.getPorts()).as("an empty 'ports' allows every port").isNotEmpty();
        });
        assertThat(rules).hasSize(4);
        assertThat(peer(rules.get(0)).getPodSelector().getMatchLabels()).containsEntry("k8s-app", "kube-dns");
        assertThat(rules.get(0).getPorts()).allSatisfy(p -> assertThat(p.getPort().getIntVal()).isEqualTo(53));
        assertThat(peer(rules.get(1)).getPodSelector().getMatchLabels()).containsExactly(Map.entry("cnpg.io/cluster", "wsis-postgres"));
        assertThat(rules.get(1).getPorts()).singleElement().satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(5432));
        assertThat(peer(rules.get(2)).getPodSelector().getMatchLabels()).containsEntry("strimzi.io/cluster", "wsis-kafka");
        assertThat(rules.get(2).getPorts()).singleElement().satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(9093));
        assertThat(peer(rules.get(3)).getIpBlock().getCidr()).isEqualTo("203.0.113.10/32");
        assertThat(rules.get(3).getPorts()).singleElement().satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(443));
    }

    @Test
    void kafkasListenerAdmitsOnlyTheServicesPods() {
        JsonNode peers = chart.one("Kafka", "wsis-kafka").path("spec").path("kafka").path("listeners").get(0).path("networkPolicyPeers");
        assertThat(peers).singleElement().satisfies(peer -> assertThat(peer.path("podSelector").path("matchLabels").toString())
                .isEqualTo(new ObjectMapper().valueToTree(ingressPolicy.getSpec().getPodSelector().getMatchLabels()).toString()));
    }

    @Test
    void servesTheOperatorsHostOverTls() {
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getHosts()).containsExactly("forum-api.wsis.example.org");
            assertThat(tls.getSecretName()).isEqualTo("forum-api-tls");
        });
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> assertThat(rule.getHost()).isEqualTo("forum-api.wsis.example.org"));
        assertThat(ingress.getMetadata().getAnnotations()).containsEntry("nginx.ingress.kubernetes.io/force-ssl-redirect", "true")
                .containsEntry("nginx.ingress.kubernetes.io/use-regex", "true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void routesEveryPathOfTheServicesOpenApiDocumentToItAlone(String service) throws IOException {
        JsonNode openApi = new ObjectMapper().readTree(RenderedChart.ROOT.resolve("docs/openapi/" + service + ".json").toFile());
        List<String> paths = new ArrayList<>();
        openApi.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).isNotEmpty();
        for (String path : paths) {
            String concrete = path.replace("{edition}", "2026").replaceAll("\\{[^}]+}", "0b6f1c1e-8d0a-4c59-a0f4-2b9a1f0f7c11");
            assertThat(routedTo(concrete)).as(path).containsExactly(service);
        }
    }

    @Test
    void routesNothingUnderQ() {
        for (String internal : List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/editions/2026/q/metrics", "/")) {
            assertThat(routedTo(internal)).as(internal).isEmpty();
        }
    }

    @Test
    void routesToServicesThatExist() {
        for (HTTPIngressPath path : ingressPaths()) {
            Service target = chart.one("Service", path.getBackend().getService().getName(), Service.class);
            assertThat(target.getSpec().getPorts()).extracting(p -> p.getName()).contains(path.getBackend().getService().getPort().getName());
        }
    }

    /** The services a request path reaches: ingress-nginx matches each regex path as a case-insensitive prefix. */
    private List<String> routedTo(String requestPath) {
        return ingressPaths().stream()
                .filter(p -> Pattern.compile("^" + p.getPath(), Pattern.CASE_INSENSITIVE).matcher(requestPath).lookingAt())
                .map(p -> p.getBackend().getService().getName())
                .distinct()
                .toList();
    }

    private List<HTTPIngressPath> ingressPaths() {
        return ingress.getSpec().getRules().get(0).getHttp().getPaths();
    }

    private static NetworkPolicyPeer peer(NetworkPolicyEgressRule rule) {
        assertThat(rule.getTo()).hasSize(1);
        return rule.getTo().get(0);
    }
}
