package org.wsis.sessions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.wsis.infra.testing.EventContracts;
import org.wsis.infra.testing.KafkaResource;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Other services' events, built from their committed contract samples and sent to the real broker. */
final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** The sample of {@code type} with a fresh id, the given edition, and {@code data} edited. */
    static ObjectNode fromSample(String type, int edition, Consumer<ObjectNode> data) {
        ObjectNode event = (ObjectNode) EventContracts.sample(type).deepCopy();
        event.put("id", UUID.randomUUID().toString());
        event.put("edition", String.valueOf(edition));
        ObjectNode body = (ObjectNode) event.get("data");
        body.put("edition", edition);
        data.accept(body);
        return event;
    }

    static ObjectNode participantEvent(String kind, int edition, UUID participantId, String subject, String name) {
        ObjectNode event = fromSample("org.wsis.participant." + kind + ".v1", edition, data -> {
            data.put("participantId", participantId.toString());
            if (data.has("subject")) {
                data.put("subject", subject);
            }
            if (data.has("displayName")) {
                data.put("displayName", name);
            }
        });
        event.put("subject", participantId.toString());
        return event;
    }

    static void send(String topic, ObjectNode... events) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all"))) {
            for (ObjectNode event : events) {
                producer.send(new ProducerRecord<>(topic, event.get("subject").asText(), JSON.writeValueAsString(event)))
                        .get();
            }
        }
    }
}
