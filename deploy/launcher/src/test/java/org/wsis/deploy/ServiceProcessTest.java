package org.wsis.deploy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessTest {

    @Test
    void tracesAreOnOnlyWhenACollectorIsGiven() {
        assertThat(ServiceProcess.tracing(Map.of())).isEmpty();
        assertThat(ServiceProcess.tracing(Map.of("PATH", "/bin", "QUARKUS_HTTP_PORT", "1"))).isEmpty();
        assertThat(ServiceProcess.tracing(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", " ")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", " "));
        assertThat(ServiceProcess.tracing(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "1s", "PATH", "/bin")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317",
                        "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "1s", "OTEL_SDK_DISABLED", "false"));
        assertThat(ServiceProcess.tracing(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317",
                "OTEL_SDK_DISABLED", "true"))).as("an explicit choice stands")
                .containsEntry("OTEL_SDK_DISABLED", "true");
    }
}
