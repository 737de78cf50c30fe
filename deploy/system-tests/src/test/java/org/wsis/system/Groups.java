package org.wsis.system;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Consumer group offsets, read and reset with the Kafka admin client. */
final class Groups {

    private Groups() {
    }

    static Admin admin(SystemStack stack) {
        return Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrap(), "request.timeout.ms", 5000,
                "default.api.timeout.ms", 10000));
    }

    static Map<TopicPartition, Long> offsets(Admin admin, String topic, OffsetSpec spec) throws Exception {
        var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
                .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        var answer = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec)))
                .all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
        answer.forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    static Map<TopicPartition, Long> committed(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
        committed.forEach((p, o) -> offsets.put(p, o == null ? -1 : o.offset()));
        return offsets;
    }

    /**
     * The group has read everything: on every partition its committed offset is the end, or one
     * short of it (the last transaction's commit marker, which a consumer passes without a record
     * to commit for).
     */
    static boolean caughtUp(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, Long> end = offsets(admin, topic, OffsetSpec.latest());
        Map<TopicPartition, Long> committed = committed(admin, group);
        return end.entrySet().stream().allMatch(e -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue() - 1);
    }

    /** Polls until the group is caught up on the topic; a timeout says where each partition stands. */
    static void awaitCaughtUp(Admin admin, String group, String topic, java.time.Duration atMost) {
        org.awaitility.Awaitility.await().atMost(atMost).pollInterval(java.time.Duration.ofMillis(200))
                .untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(caughtUp(admin, group, topic))
                        .as(group + " on " + topic + ": committed " + committed(admin, group) + ", end "
                                + offsets(admin, topic, OffsetSpec.latest()))
                        .isTrue());
    }

    static void resetToEarliest(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> earliest = offsets(admin, topic, OffsetSpec.earliest()).entrySet()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())));
        admin.alterConsumerGroupOffsets(group, earliest).all().get(10, TimeUnit.SECONDS);
    }
}
