package org.wsis.deploy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessTest {

    @Test
    void tracesAreOnOnlyWhenACollectorIsGiven() {
        assertThat(ServiceProcess.tracing(Map.of())).isEmpty();
        assertThat(ServiceProcess.tracing(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", " "))).isEmpty();
        assertThat(ServiceProcess.tracing(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317")))
                .containsExactlyEntriesOf(Map.of("OTEL_SDK_DISABLED", "false"));
        assertThat(ServiceProcess.tracing(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317",
                "OTEL_SDK_DISABLED", "true"))).as("an explicit choice stands").isEmpty();
    }
}
