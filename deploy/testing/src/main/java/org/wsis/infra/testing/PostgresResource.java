package org.wsis.infra.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.wsis.infra.Ports;
import org.wsis.infra.PostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts one real PostgreSQL for a module's whole test run and points the datasource at it. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "wsis";
    public static final String JDBC_URL_PROPERTY = "wsis.test.postgres.jdbc-url";

    private PostgresServer server;
    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("wsis-test-pg");
            server = new PostgresServer(directory.resolve("data"), Ports.free()).start();
            server.createDatabases(List.of(DATABASE));
            String url = server.jdbcUrl(DATABASE);
            System.setProperty(JDBC_URL_PROPERTY, url);
            return Map.of(
                    "quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", PostgresServer.USER,
                    "quarkus.datasource.password", PostgresServer.PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.close();
            }
            org.wsis.infra.Directories.deleteRecursively(directory);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
