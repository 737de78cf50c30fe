package org.wsis.common.events;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/** A test consumer with a visible side effect: it adds each event's amount to a named counter. */
@ApplicationScoped
public class CountingHandler implements EventHandler {

    static final String TOPIC = "wsis.common-test";
    static final String COUNTED = "org.wsis.test.counted.v1";
    static final String POISON = "org.wsis.test.poison.v1";

    @Override
    public String consumerName() {
        return "common-test";
    }

    @Override
    public List<String> topics() {
        return List.of(TOPIC);
    }

    @Override
    public boolean handles(String type) {
        return Set.of(COUNTED, POISON).contains(type);
    }

    @Override
    public void apply(CloudEvent event) {
        if (POISON.equals(event.type())) {
            throw new IllegalStateException("this event can never be applied");
        }
        Panache.getEntityManager().createNativeQuery(
                        "INSERT INTO test_counter (name, value) VALUES (?1, ?2) "
                                + "ON CONFLICT (name) DO UPDATE SET value = test_counter.value + EXCLUDED.value")
                .setParameter(1, event.data().get("name").asText())
                .setParameter(2, event.data().get("amount").asLong())
                .executeUpdate();
    }
}
