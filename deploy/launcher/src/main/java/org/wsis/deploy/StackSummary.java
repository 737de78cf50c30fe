package org.wsis.deploy;

import org.wsis.deploy.demo.DemoUser;
import org.wsis.infra.JwtMinter;
import org.wsis.infra.PostgresServer;

import java.io.PrintStream;

/** What a user needs once the stack runs: where each service is, and tokens to call it with. */
final class StackSummary {

    private final StackConfig config;
    private final JwtMinter minter;

    StackSummary(StackConfig config, JwtMinter minter) {
        this.config = config;
        this.minter = minter;
    }

    /** The demo people's sign-ins at the identity provider (their passwords: identity/secrets.properties). */
    private void printSignIns(PrintStream out) {
        try {
            Identity identity = Identity.of(config);
            out.println("Sign-ins (" + config.issuer() + "):");
            for (DemoUser user : DemoUser.ALL) {
                out.printf("  %-11s %-18s password %s%n", user.group(), user.subject(), identity.password(user));
            }
            out.println();
        } catch (java.io.IOException e) {
            out.println("Sign-ins: not readable (" + e.getMessage() + ")");
        }
    }

    void print(PrintStream out) {
        out.println();
        for (StackConfig.Instance instance : config.allInstances()) {
            String url = "http://localhost:" + instance.port();
            out.printf("  %-23s %-23s Swagger UI: %s/q/swagger-ui%n", instance.name(), url, url);
        }
        out.printf("  %-23s jdbc:postgresql://127.0.0.1:%d/{registration,sessions,prizes} (user %s, password %s)%n",
                "postgres", config.postgresPort(), PostgresServer.USER, PostgresServer.PASSWORD);
        out.printf("  %-23s %s%n", "kafka", config.kafkaBootstrap());
        if (config.identityProvider()) {
            out.printf("  %-23s %s (OpenID Connect; tokens for scripts: client %s, password grant)%n", "keycloak",
                    config.issuer(), IdentityRealm.CLI_CLIENT);
        }
        if (config.web()) {
            out.println();
            out.printf("  Web pages: %s/ (sign in as one of the people below)%n", config.webOrigin());
        }
        if (config.identityProvider()) {
            out.println();
            printSignIns(out);
        } else {
            out.println();
        }
        out.println("Development tokens (valid 12 h; others: deploy/wsis token --sub SUB --groups GROUPS):");
        for (DemoUser user : DemoUser.ALL) {
            out.println("export " + user.tokenVariable() + "=" + user.token(minter));
        }
        out.println();
        out.println("Try: curl -H \"Authorization: Bearer $ORGANISER_TOKEN\" http://localhost:"
                + config.port(Service.REGISTRATION) + "/editions/2026/registrations");
        out.println("Logs: deploy/wsis logs <registration|sessions|prizes|kafka|keycloak|web|stack>"
                + (config.instances() > 1 ? " (prizes-2: the second instance)" : "") + "; stop: deploy/wsis down");
    }
}
