package org.wsis.infra.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix, driven by the service's own OpenAPI document: every operation is
 * called as each kind of {@link Caller} against an object prepared for it, and must answer exactly
 * the status the service's table expects. An operation missing from the table (or a table row
 * naming no operation) fails the test, so a new endpoint cannot slip in unguarded. Refused callers
 * get problem details without the object's data, and nobody but the owner and an organiser ever
 * sees the owner's personal data ({@link Target#secrets()}). Every response is also checked against
 * the document, as all tests' are ({@link OpenApiResponseValidation}).
 */
public abstract class AuthorizationMatrixChecks {

    /** Who calls. The bad-token callers carry every role, so only the token's flaw can refuse them. */
    public enum Caller {
        ANONYMOUS, EXPIRED_TOKEN, WRONG_ISSUER, WRONG_SIGNATURE, ALG_NONE, NO_SUBJECT, BLANK_SUBJECT,
        OTHER_PARTICIPANT, OWNER, REVIEWER, ORGANISER;

        boolean badToken() {
            return this == EXPIRED_TOKEN || this == WRONG_ISSUER || this == WRONG_SIGNATURE || this == ALG_NONE
                    || this == NO_SUBJECT || this == BLANK_SUBJECT;
        }

        /** May see the owner's personal data. */
        boolean entitled() {
            return this == OWNER || this == ORGANISER;
        }
    }

    /** The object an operation is called on: path values, body, its owner and its personal data. */
    public record Target(Map<String, Object> pathValues, String body, String ownerSubject, Set<String> secrets) {

        public static Target of(String ownerSubject, Map<String, Object> pathValues) {
            return new Target(pathValues, null, ownerSubject, Set.of());
        }

        public Target withBody(String json) {
            return new Target(pathValues, json, ownerSubject, secrets);
        }

        public Target withSecrets(Set<String> more) {
            Set<String> all = new TreeSet<>(secrets);
            all.addAll(more);
            return new Target(pathValues, body, ownerSubject, all);
        }
    }

    /** One row of the table: the status each kind of caller must get. */
    public static final class Row {
        final String operation;
        final Map<Caller, Integer> expected = new EnumMap<>(Caller.class);

        private Row(String operation) {
            this.operation = operation;
        }

        public Row anonymous(int status) {
            expected.put(Caller.ANONYMOUS, status);
            return this;
        }

        public Row badToken(int status) {
            for (Caller c : Caller.values()) {
                if (c.badToken()) {
                    expected.put(c, status);
                }
            }
            return this;
        }

        public Row other(int status) {
            expected.put(Caller.OTHER_PARTICIPANT, status);
            return this;
        }

        public Row owner(int status) {
            expected.put(Caller.OWNER, status);
            return this;
        }

        public Row reviewer(int status) {
            expected.put(Caller.REVIEWER, status);
            return this;
        }

        public Row organiser(int status) {
            expected.put(Caller.ORGANISER, status);
            return this;
        }

        /** Anonymous and bad tokens: 401. */
        public Row secured() {
            return anonymous(401).badToken(401);
        }
    }

    /** Starts a row for {@code "METHOD /path/{template}"}. */
    protected static Row op(String operation) {
        return new Row(operation);
    }

    /** The expected outcomes, one row per operation of the document. */
    protected abstract List<Row> table();

    /**
     * A fresh object for one call of the operation by {@code caller}, owned by a participant
     * ({@link Target#ownerSubject()}). Called once per operation and caller, so state-changing
     * calls do not disturb each other.
     */
    protected abstract Target prepare(String operation, Caller caller);

    protected String token(Caller caller, Target target) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case EXPIRED_TOKEN -> BadTokens.expired(target.ownerSubject());
            case WRONG_ISSUER -> BadTokens.wrongIssuer(target.ownerSubject());
            case WRONG_SIGNATURE -> BadTokens.wrongSignature(target.ownerSubject());
            case ALG_NONE -> BadTokens.algNone(target.ownerSubject());
            case NO_SUBJECT -> BadTokens.withoutSubject(target.ownerSubject());
            case BLANK_SUBJECT -> BadTokens.blankSubject(target.ownerSubject());
            case OTHER_PARTICIPANT -> TestTokens.participant("intruder-" + UUID.randomUUID());
            case OWNER -> TestTokens.participant(target.ownerSubject());
            case REVIEWER -> TestTokens.reviewer();
            case ORGANISER -> TestTokens.organiser();
        };
    }

    @Test
    void everyOperationIsInTheTable() {
        OpenApiContract contract = OpenApiContract.fetch();
        Set<String> rows = new TreeSet<>();
        table().forEach(r -> rows.add(r.operation));
        assertThat(rows).as("operations in the authorization table").isEqualTo(new TreeSet<>(contract.operations()));
        table().forEach(r -> assertThat(r.expected.keySet()).as(r.operation + " covers every caller")
                .containsExactlyInAnyOrder(Caller.values()));
    }

    @Test
    void everyCallerGetsExactlyWhatTheTableSays() {
        OpenApiContract contract = OpenApiContract.fetch();
        SoftAssertions softly = new SoftAssertions();
        List<String> observed = new ArrayList<>();
        for (Row row : table()) {
            if (!contract.operations().contains(row.operation)) {
                continue; // reported by everyOperationIsInTheTable
            }
            Target shared = null;
            for (Caller caller : Caller.values()) {
                Target target;
                if (row.operation.startsWith("GET ")) { // reads change nothing: one object serves every caller
                    shared = shared != null ? shared : prepare(row.operation, caller);
                    target = shared;
                } else {
                    target = prepare(row.operation, caller);
                }
                Response response = call(contract, row.operation, caller, target);
                int expected = row.expected.getOrDefault(caller, -1);
                String what = row.operation + " as " + caller;
                observed.add(what + " -> " + response.statusCode());
                softly.assertThat(response.statusCode()).as(what + ": " + response.asString()).isEqualTo(expected);
                if (response.statusCode() >= 400) {
                    OpenApiContract.badErrorBody(response).ifPresent(problem -> softly.fail(what + ": " + problem));
                }
                if (!caller.entitled()) {
                    String body = response.asString();
                    for (String secret : target.secrets()) {
                        softly.assertThat(body).as(what + " must not reveal the owner's data").doesNotContain(secret);
                    }
                }
                if (response.statusCode() >= 400 && response.statusCode() != 409 && response.statusCode() != 422
                        && target.pathValues().get("id") != null) {
                    softly.assertThat(response.asString()).as(what + " refused, carries no object data")
                            .doesNotContain("\"id\":\"" + target.pathValues().get("id"));
                }
            }
        }
        if (!softly.errorsCollected().isEmpty()) {
            System.out.println("Observed authorization matrix:\n  " + String.join("\n  ", observed));
        }
        softly.assertAll();
    }

    /** What the operation's success responses are documented to be, for the Accept header. */
    @SuppressWarnings("unchecked")
    private static String successMediaTypes(OpenApiContract contract, String operation) {
        Set<String> types = new TreeSet<>();
        contract.responses(operation).forEach((code, response) -> {
            Object content = response.get("content");
            if (code.startsWith("2") && content instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).keySet().forEach(types::add);
            }
        });
        types.remove("text/csv"); // the registrations search also exports CSV; the matrix reads JSON
        return types.isEmpty() ? "application/json" : String.join(", ", types);
    }

    private Response call(OpenApiContract contract, String operation, Caller caller, Target target) {
        RequestSpecification request = given().accept(successMediaTypes(contract, operation));
        String token = token(caller, target);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String path = OpenApiContract.pathTemplate(operation);
        Map<String, Object> values = new LinkedHashMap<>(target.pathValues());
        for (Map<String, Object> parameter : contract.parameters(operation, "path")) {
            String name = (String) parameter.get("name");
            Object value = values.getOrDefault(name, UUID.randomUUID());
            path = path.replace("{" + name + "}", String.valueOf(value));
        }
        if (contract.hasRequestBody(operation)) {
            String body = target.body() != null ? target.body() : contract.requestExample(operation).orElse("{}");
            request.contentType("application/json").body(body);
        }
        return request.request(OpenApiContract.method(operation), path);
    }
}
