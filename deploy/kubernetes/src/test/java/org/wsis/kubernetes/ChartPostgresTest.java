package org.wsis.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL on CloudNativePG. There is no Java model of its resources: each is read as a tree and every
 * field the chart sets is checked against the names CloudNativePG's Cluster, Database and ScheduledBackup
 * define (so a misspelt field fails here rather than on the cluster).
 */
class ChartPostgresTest {

    /** The fields of postgresql.cnpg.io/v1 the chart uses, by path (CloudNativePG 1.25+ API reference). */
    static final Set<String> KNOWN_CLUSTER_FIELDS = Set.of(
            "spec.instances", "spec.imageName", "spec.primaryUpdateStrategy",
            "spec.postgresql.synchronous.method", "spec.postgresql.synchronous.number", "spec.postgresql.synchronous.dataDurability",
            "spec.postgresql.parameters.max_connections", "spec.postgresql.pg_hba[]",
            "spec.bootstrap.initdb.database", "spec.bootstrap.initdb.owner", "spec.bootstrap.initdb.secret.name",
            "spec.managed.roles[].name", "spec.managed.roles[].ensure", "spec.managed.roles[].login",
            "spec.managed.roles[].passwordSecret.name",
            "spec.storage.size", "spec.storage.storageClass",
            "spec.affinity.enablePodAntiAffinity", "spec.affinity.topologyKey", "spec.affinity.podAntiAffinityType",
            "spec.backup.retentionPolicy", "spec.backup.barmanObjectStore.destinationPath",
            "spec.backup.barmanObjectStore.endpointURL",
            "spec.backup.barmanObjectStore.s3Credentials.accessKeyId.name", "spec.backup.barmanObjectStore.s3Credentials.accessKeyId.key",
            "spec.backup.barmanObjectStore.s3Credentials.secretAccessKey.name", "spec.backup.barmanObjectStore.s3Credentials.secretAccessKey.key",
            "spec.backup.barmanObjectStore.wal.compression", "spec.backup.barmanObjectStore.data.compression");
    static final Set<String> KNOWN_DATABASE_FIELDS = Set.of("spec.name", "spec.owner", "spec.ensure", "spec.cluster.name");
    static final Set<String> KNOWN_SCHEDULED_BACKUP_FIELDS = Set.of("spec.schedule", "spec.backupOwnerReference", "spec.method", "spec.cluster.name");

    /** Connections each service instance pools (common's quarkus.datasource.jdbc.max-size). */
    static final int POOL = Integer.parseInt(ServiceFacts.properties(RenderedChart.ROOT.resolve(
            "common/src/main/resources/META-INF/microprofile-config.properties")).getProperty("quarkus.datasource.jdbc.max-size"));

    final RenderedChart chart = RenderedChart.withOperatorValues();
    final JsonNode cluster = chart.one("Cluster", "wsis-postgres").path("spec");

    @Test
    void setsOnlyFieldsCloudNativePgDefines() {
        assertThat(fields(chart.one("Cluster", "wsis-postgres").path("spec"), "spec")).isSubsetOf(KNOWN_CLUSTER_FIELDS);
        chart.ofKind("Database").forEach(d -> assertThat(fields(d.path("spec"), "spec")).isSubsetOf(KNOWN_DATABASE_FIELDS));
        chart.ofKind("ScheduledBackup").forEach(b -> assertThat(fields(b.path("spec"), "spec")).isSubsetOf(KNOWN_SCHEDULED_BACKUP_FIELDS));
    }

    @Test
    void runsThreeInstancesOnDifferentNodesWithSynchronousReplication() {
        assertThat(cluster.path("instances").asInt()).isEqualTo(3);
        assertThat(cluster.path("affinity").path("podAntiAffinityType").asText()).isEqualTo("required");
        assertThat(cluster.path("affinity").path("topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
        JsonNode synchronous = cluster.path("postgresql").path("synchronous");
        assertThat(synchronous.path("method").asText()).isEqualTo("any");
        assertThat(synchronous.path("number").asInt()).isBetween(1, cluster.path("instances").asInt() - 1);
    }

    @Test
    void backsUpToTheOperatorsObjectStoreDaily() {
        JsonNode store = cluster.path("backup").path("barmanObjectStore");
        assertThat(store.path("destinationPath").asText()).isEqualTo("s3://wsis-backups/postgres");
        assertThat(store.path("s3Credentials").path("accessKeyId").path("name").asText()).isEqualTo("wsis-backup-s3");
        assertThat(store.path("s3Credentials").path("secretAccessKey").path("name").asText()).isEqualTo("wsis-backup-s3");
        assertThat(cluster.path("backup").path("retentionPolicy").asText()).matches("\\d+[dwm]");
        JsonNode scheduled = chart.ofKind("ScheduledBackup").get(0).path("spec");
        assertThat(scheduled.path("cluster").path("name").asText()).isEqualTo("wsis-postgres");
        assertThat(scheduled.path("method").asText()).isEqualTo("barmanObjectStore");
        assertThat(scheduled.path("schedule").asText().split(" ")).as("six fields, seconds first").hasSize(6);
        assertThat(cluster.path("storage").path("storageClass").asText()).isEqualTo("fast-ssd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void createsEachServicesDatabaseOwnedByItsRole(String service) {
        String database = ServiceFacts.named(service).database();
        JsonNode initdb = cluster.path("bootstrap").path("initdb");
        if (initdb.path("database").asText().equals(database)) {
            assertThat(initdb.path("owner").asText()).isEqualTo(database);
            assertThat(initdb.path("secret").path("name").asText()).isEqualTo(service + "-db");
        } else {
            assertThat(chart.ofKind("Database")).anySatisfy(d -> {
                assertThat(d.path("spec").path("name").asText()).isEqualTo(database);
                assertThat(d.path("spec").path("owner").asText()).isEqualTo(database);
                assertThat(d.path("spec").path("cluster").path("name").asText()).isEqualTo("wsis-postgres");
            });
            assertThat(cluster.path("managed").path("roles")).anySatisfy(role -> {
                assertThat(role.path("name").asText()).isEqualTo(database);
                assertThat(role.path("login").asBoolean()).isTrue();
                assertThat(role.path("passwordSecret").path("name").asText()).isEqualTo(service + "-db");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void letsEachRoleReachItsOwnDatabaseOnly(String service) {
        String role = ServiceFacts.named(service).database();
        List<String> rules = new ArrayList<>();
        cluster.path("postgresql").path("pg_hba").forEach(rule -> rules.add(rule.asText()));
        int allow = rules.indexOf("hostssl " + role + " " + role + " all scram-sha-256");
        int reject = rules.indexOf("host all " + role + " all reject");
        assertThat(allow).isNotNegative();
        assertThat(reject).as("the reject after the allow (pg_hba: first match wins)").isGreaterThan(allow);
    }

    @Test
    void acceptsAsManyConnectionsAsTheServicesCanScaleTo() {
        int connections = ServiceFacts.ALL.stream()
                .mapToInt(s -> chart.one("HorizontalPodAutoscaler", s.name(), HorizontalPodAutoscaler.class).getSpec().getMaxReplicas() * POOL)
                .sum();
        assertThat(Integer.parseInt(cluster.path("postgresql").path("parameters").path("max_connections").asText()))
                .isGreaterThan(connections);
    }

    /** The leaf paths of a tree, list elements as []. */
    static Set<String> fields(JsonNode node, String path) {
        Set<String> leaves = new java.util.TreeSet<>();
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                leaves.addAll(fields(node.get(name), path + "." + name));
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                leaves.addAll(item.isValueNode() ? Set.of(path + "[]") : fields(item, path + "[]"));
            }
        } else {
            leaves.add(path);
        }
        return leaves;
    }
}
