package org.wsis.kubernetes;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleClusterResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTransactionalIdResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Kafka on Strimzi: durability settings, KRaft node pools, topics sized for the voting peak, least-privilege users. */
class ChartKafkaTest {

    final RenderedChart chart = RenderedChart.withOperatorValues();
    final Kafka kafka = chart.one("Kafka", "wsis-kafka", Kafka.class);

    @Test
    void runsInKraftModeOnNodePools() {
        assertThat(kafka.getMetadata().getAnnotations()).containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        List<KafkaNodePool> pools = chart.ofKind("KafkaNodePool", KafkaNodePool.class);
        assertThat(pools).allSatisfy(pool -> assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "wsis-kafka"));
        assertThat(nodes(pools, ProcessRoles.BROKER)).isEqualTo(3);
        assertThat(nodes(pools, ProcessRoles.CONTROLLER)).as("a controller quorum of three").isEqualTo(3);
    }

    @Test
    void keepsEveryAcknowledgedRecordOnTwoOfThreeBrokers() {
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        assertThat(config).containsEntry("default.replication.factor", 3)
                .containsEntry("min.insync.replicas", 2)
                .containsEntry("unclean.leader.election.enable", false)
                .containsEntry("offsets.topic.replication.factor", 3)
                .containsEntry("transaction.state.log.replication.factor", 3)
                .containsEntry("transaction.state.log.min.isr", 2)
                .containsEntry("auto.create.topics.enable", false);
    }

    @Test
    void acceptsOnlyAuthenticatedTlsClientsAndAuthorizesThem() {
        assertThat(kafka.getSpec().getKafka().getListeners()).singleElement().satisfies((GenericKafkaListener listener) -> {
            assertThat(listener.isTls()).isTrue();
            assertThat(listener.getPort()).isEqualTo(9093);
            assertThat(listener.getAuth().getType()).isEqualTo("scram-sha-512");
        });
        assertThat(kafka.getSpec().getKafka().getAuthorization().getType()).isEqualTo("simple");
        assertThat(kafka.getSpec().getEntityOperator().getTopicOperator()).isNotNull();
        assertThat(kafka.getSpec().getEntityOperator().getUserOperator()).isNotNull();
    }

    @Test
    void createsTheThreeTopicsReplicatedThreeTimes() {
        List<KafkaTopic> topics = chart.ofKind("KafkaTopic", KafkaTopic.class);
        assertThat(topics).extracting(t -> t.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(ServiceFacts.topics());
        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "wsis-kafka");
            assertThat(topic.getSpec().getReplicas()).isEqualTo(3);
            assertThat(topic.getSpec().getConfig()).containsEntry("min.insync.replicas", 2);
        });
    }

    @Test
    void sizesPartitionsForThePeakAndForEveryConsumerInstance() {
        Map<String, Integer> partitions = chart.ofKind("KafkaTopic", KafkaTopic.class).stream()
                .collect(Collectors.toMap(t -> t.getMetadata().getName(), t -> t.getSpec().getPartitions()));
        assertThat(partitions).containsEntry("wsis.prizes", 12).containsEntry("wsis.participants", 6).containsEntry("wsis.sessions", 3);
        for (ServiceFacts service : ServiceFacts.ALL) {
            int instances = chart.one("HorizontalPodAutoscaler", service.name(), HorizontalPodAutoscaler.class).getSpec().getMaxReplicas();
            service.consumes().forEach(topic -> assertThat(partitions.get(topic))
                    .as(topic + " partitions for up to " + instances + " " + service.name() + " instances").isGreaterThanOrEqualTo(instances));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void writesOnlyItsOwnTopic(String service) {
        ServiceFacts facts = ServiceFacts.named(service);
        assertThat(topicsAllowed(service, AclOperation.WRITE)).containsExactly(facts.produces());
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void readsOnlyTheTopicsItConsumes(String service) {
        assertThat(topicsAllowed(service, AclOperation.READ)).containsExactlyInAnyOrderElementsOf(ServiceFacts.named(service).consumes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void usesOnlyItsOwnConsumerGroups(String service) {
        List<AclRule> groups = acls(service).stream().filter(r -> r.getResource() instanceof AclRuleGroupResource).toList();
        Set<String> myGroups = ServiceFacts.named(service).consumerGroups();
        assertThat(groups).hasSize(myGroups.isEmpty() ? 0 : 1);
        for (AclRule rule : groups) {
            AclRuleGroupResource group = (AclRuleGroupResource) rule.getResource();
            assertThat(group.getPatternType()).isEqualTo(AclResourcePatternType.PREFIX);
            assertThat(myGroups).allSatisfy(name -> assertThat(name).startsWith(group.getName()));
            ServiceFacts.ALL.stream().filter(other -> !other.name().equals(service))
                    .flatMap(other -> other.consumerGroups().stream())
                    .forEach(other -> assertThat(other).as("another service's group").doesNotStartWith(group.getName()));
            assertThat(rule.getOperations()).contains(AclOperation.READ);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void usesOnlyItsOutboxRelaysTransactionalIdAndIdempotentWrites(String service) {
        List<AclRule> transactional = acls(service).stream().filter(r -> r.getResource() instanceof AclRuleTransactionalIdResource).toList();
        assertThat(transactional).singleElement().satisfies(rule -> {
            AclRuleTransactionalIdResource id = (AclRuleTransactionalIdResource) rule.getResource();
            // EventsConfig: ${quarkus.application.name}-outbox-relay
            assertThat(id.getName()).isEqualTo(service + "-outbox-relay");
            assertThat(id.getPatternType()).isEqualTo(AclResourcePatternType.LITERAL);
            assertThat(rule.getOperations()).containsExactlyInAnyOrder(AclOperation.WRITE, AclOperation.DESCRIBE);
        });
        List<AclRule> cluster = acls(service).stream().filter(r -> r.getResource() instanceof AclRuleClusterResource).toList();
        assertThat(cluster).singleElement().satisfies(rule -> assertThat(rule.getOperations()).containsExactly(AclOperation.IDEMPOTENTWRITE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void grantsNothingByWildcardOrBeyondWhatItUses(String service) {
        for (AclRule rule : acls(service)) {
            assertThat(rule.getType()).isNotEqualTo(io.strimzi.api.kafka.model.user.acl.AclRuleType.DENY);
            assertThat(rule.getOperations()).doesNotContain(AclOperation.ALL, AclOperation.ALTER, AclOperation.ALTERCONFIGS,
                    AclOperation.CREATE, AclOperation.DELETE);
            if (rule.getResource() instanceof AclRuleTopicResource topic) {
                assertThat(topic.getName()).isNotEqualTo("*");
                assertThat(topic.getPatternType()).isEqualTo(AclResourcePatternType.LITERAL);
            }
        }
    }

    private List<String> topicsAllowed(String service, AclOperation operation) {
        return acls(service).stream()
                .filter(r -> r.getResource() instanceof AclRuleTopicResource && r.getOperations().contains(operation))
                .map(r -> ((AclRuleTopicResource) r.getResource()).getName())
                .toList();
    }

    private List<AclRule> acls(String service) {
        KafkaUser user = chart.one("KafkaUser", service, KafkaUser.class);
        assertThat(user.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "wsis-kafka");
        return ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
    }

    private static int nodes(List<KafkaNodePool> pools, ProcessRoles role) {
        return pools.stream().filter(p -> p.getSpec().getRoles().contains(role)).mapToInt(p -> p.getSpec().getReplicas()).sum();
    }
}
