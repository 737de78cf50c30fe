package org.wsis.deploy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web pages (module {@code web}) in the local stack: on {@code WSIS_WEB_PORT} (8080), signing people in
 * at the stack's Keycloak as client {@code wsis-web}, calling the first instance of each service.
 */
final class WebApp {

    static final String NAME = "web";
    static final String MODULE = "web";

    private WebApp() {
    }

    static Path runnerJar(Path repoRoot) {
        return repoRoot.resolve(MODULE).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    static Map<String, String> environment(StackConfig config, String webClientSecret) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(config.webPort()));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", config.issuer());
        env.put("QUARKUS_OIDC_CLIENT_ID", IdentityRealm.WEB_CLIENT);
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", webClientSecret);
        env.put("WSIS_WEB_CSRF_KEY", webClientSecret);
        // plain HTTP on localhost: a Secure cookie would never come back (production keeps them Secure)
        env.put("QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE", "false");
        env.put("QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE", "false");
        for (Service service : Service.values()) {
            env.put("QUARKUS_REST_CLIENT_" + service.name() + "_URL", "http://127.0.0.1:" + config.port(service));
        }
        return env;
    }
}
