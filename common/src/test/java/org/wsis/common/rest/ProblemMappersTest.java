package org.wsis.common.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.wsis.common.domain.Refusal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.common.ratelimit.RateLimitExceeded;
import org.wsis.common.ratelimit.RateLimitMapper;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Exceptions to RFC 9457 problem details, with the mappers built by their constructors: no Quarkus. */
class ProblemMappersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper STRICT = strict();
    private static ValidatorFactory validation;

    private final ProblemResponses problems = new ProblemResponses(JSON);
    private final ProblemMappers mappers = new ProblemMappers(problems);

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @BeforeAll
    static void validation() {
        validation = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    /** The status, media type, body and headers a client receives. */
    record Answer(int status, String contentType, JsonNode body, Response response) {
        String header(String name) {
            return response.getHeaderString(name);
        }
    }

    private static Answer answer(Response response) {
        try {
            return new Answer(response.getStatus(), response.getHeaderString("Content-Type"),
                    JSON.readTree((String) response.getEntity()), response);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void assertProblem(Answer answer, int status, String slug, String title) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().get("type").asText()).isEqualTo("urn:wsis:problem:" + slug);
        assertThat(answer.body().get("title").asText()).isEqualTo(title);
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
    }

    private static <T extends Throwable> T thrownReading(Class<T> type, String json, Class<?> target) {
        return catchThrowableOfType(type, () -> STRICT.readValue(json, target));
    }

    // ProblemException

    @Test
    void problemExceptionIsAnsweredWithItsStatusSlugTitleDetailAndExtensions() {
        Answer answer = answer(mappers.problem(ProblemException.conflict("slot-taken", "Room 2 is booked.")
                .with("conflicts", List.of("s-1"))));
        assertProblem(answer, 409, "slot-taken", "Conflict with the current state");
        assertThat(answer.body().get("detail").asText()).isEqualTo("Room 2 is booked.");
        assertThat(answer.body().get("conflicts").get(0).asText()).isEqualTo("s-1");
        assertThat(answer.body().has("violations")).isFalse();
    }

    @Test
    void problemExtensionsCannotOverrideTheStandardMembers() {
        Answer answer = answer(mappers.problem(new ProblemException(422, "bad", "Bad", "detail",
                Map.of("status", 200, "type", "urn:other", "phase", "VOTING"))));
        assertProblem(answer, 422, "bad", "Bad");
        assertThat(answer.body().get("phase").asText()).isEqualTo("VOTING");
    }

    @Test
    void problemOfAnInvalidFieldListsItAsTheOneViolation() {
        Answer answer = answer(mappers.problem(ProblemException.invalidField("nationality", "is required")));
        assertProblem(answer, 400, "validation", "Invalid request");
        assertThat(answer.body().get("violations").toString())
                .isEqualTo("[{\"field\":\"nationality\",\"message\":\"is required\"}]");
    }

    // Refusal: each domain reason has one status

    @Test
    void refusalsAreAnsweredWithTheStatusOfTheirReasonAndKeepTheirDetails() {
        assertProblem(answer(mappers.refused(Refusal.notFound("No registration r-1."))), 404, "not-found", "Not found");
        assertProblem(answer(mappers.refused(Refusal.unprocessable("no-seat", "No seat."))), 422, "no-seat",
                "Request cannot be processed");
        assertProblem(answer(mappers.refused(Refusal.notPermitted("Not yours."))), 403, "forbidden", "Forbidden");
        Answer conflict = answer(mappers.refused(Refusal.conflict("slot-taken", "Room 2 is booked.")
                .with("conflicts", List.of("s-1"))));
        assertProblem(conflict, 409, "slot-taken", "Conflict with the current state");
        assertThat(conflict.body().get("detail").asText()).isEqualTo("Room 2 is booked.");
        assertThat(conflict.body().get("conflicts").get(0).asText()).isEqualTo("s-1");
        Answer field = answer(mappers.refused(Refusal.invalidField("email", "is taken")));
        assertProblem(field, 400, "validation", "Invalid request");
        assertThat(field.body().get("detail").asText()).isEqualTo("email: is taken");
        assertThat(field.body().get("violations").toString())
                .isEqualTo("[{\"field\":\"email\",\"message\":\"is taken\"}]");
    }

    // Bean Validation

    public record Body(@NotBlank String name, List<@Min(1) Integer> sdgs) {
    }

    public static class Registrations {
        public void register(@Valid Body request, @Min(1) @QueryParam("page") int page) {
        }
    }

    @Test
    void validationProblemNamesFieldsAsClientsSendThemSortedByField() throws Exception {
        Method register = Registrations.class.getMethod("register", Body.class, int.class);
        var violations = validation.getValidator().forExecutables().validateParameters(new Registrations(), register,
                new Object[] {new Body(" ", List.of(3, 0)), 0});
        Answer answer = answer(mappers.invalid(new ConstraintViolationException(violations)));
        assertProblem(answer, 400, "validation", "Invalid request");
        assertThat(answer.body().get("violations").findValuesAsText("field")).containsExactly("name", "page", "sdgs[1]");
        assertThat(answer.body().get("detail").asText()).isEqualTo("name: must not be blank; "
                + "page: must be greater than or equal to 1; sdgs[1]: must be greater than or equal to 1");
    }

    // JSON bodies

    enum Size { SMALL, LARGE }

    public record Item(int count) {
    }

    public record Order(Size size, List<Item> items, String name) {
    }

    public record Positive(int value) {
        public Positive {
            if (value < 0) {
                throw new IllegalArgumentException("must not be negative");
            }
        }
    }

    public record Holder(Positive amount) {
    }

    @Test
    void malformedJsonIsA400NamingTheParsersComplaint() {
        JsonParseException e = thrownReading(JsonParseException.class, "{\"name\":\"a\",\"name\":\"b\"}", Order.class);
        Answer answer = answer(mappers.malformed(e));
        assertProblem(answer, 400, "malformed-json", "Malformed JSON");
        assertThat(answer.body().get("detail").asText()).startsWith("The body is not valid JSON: Duplicate field 'name'");
    }

    @Test
    void wrongEnumValueIsAValidationProblemListingTheAllowedValues() {
        InvalidFormatException e = thrownReading(InvalidFormatException.class, "{\"size\":\"HUGE\"}", Order.class);
        Answer answer = answer(mappers.wrongValue(e));
        assertProblem(answer, 400, "validation", "Invalid request");
        assertThat(answer.body().get("detail").asText()).isEqualTo("size: must be one of SMALL, LARGE");
        assertThat(answer.body().get("violations").toString())
                .isEqualTo("[{\"field\":\"size\",\"message\":\"must be one of SMALL, LARGE\"}]");
    }

    @Test
    void wrongTypeDeepInTheBodyNamesItsPathAndTheExpectedType() {
        MismatchedInputException e = thrownReading(MismatchedInputException.class,
                "{\"items\":[{\"count\":1},{\"count\":\"many\"}]}", Order.class);
        assertThat(answer(mappers.wrongInput(e)).body().get("detail").asText()).isEqualTo("items[1].count: must be a number");
        MismatchedInputException list = thrownReading(MismatchedInputException.class, "{\"items\":{}}", Order.class);
        assertThat(answer(mappers.wrongInput(list)).body().get("detail").asText()).isEqualTo("items: must be an array");
    }

    @Test
    void fractionInAnIntegerFieldIsRefusedNotTruncated() {
        MismatchedInputException e = thrownReading(MismatchedInputException.class, "{\"items\":[{\"count\":1.5}]}",
                Order.class);
        assertThat(answer(mappers.wrongInput(e)).body().get("detail").asText()).isEqualTo("items[0].count: must be a number");
    }

    @Test
    void unsafeTextIsAValidationProblemNamingTheField() {
        SafeText.Refused e = thrownReading(SafeText.Refused.class, "{\"name\":\"a\\u0000b\"}", Order.class);
        Answer answer = answer(mappers.unsafeText(e));
        assertProblem(answer, 400, "validation", "Invalid request");
        assertThat(answer.body().get("violations").get(0).get("field").asText()).isEqualTo("name");
        assertThat(answer.body().get("detail").asText()).startsWith("name: ");
    }

    @Test
    void valueAConstructorRefusesIsAValidationProblemNamingTheField() {
        ValueInstantiationException e = thrownReading(ValueInstantiationException.class, "{\"amount\":{\"value\":-1}}",
                Holder.class);
        Answer answer = answer(mappers.notInstantiable(e));
        assertProblem(answer, 400, "validation", "Invalid request");
        assertThat(answer.body().get("detail").asText()).startsWith("amount: ").contains("must not be negative");
    }

    // Security

    @Test
    void missingOrBadTokenIs401AskingForABearerTokenAndAWrongRoleIs403() {
        for (Response response : List.of(mappers.unauthenticated(new UnauthorizedException()),
                mappers.badToken(new AuthenticationFailedException()))) {
            Answer answer = answer(response);
            assertProblem(answer, 401, "unauthorized", "Unauthorized");
            assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
        }
        assertProblem(answer(mappers.forbidden(new ForbiddenException())), 403, "forbidden", "Forbidden");
    }

    // JAX-RS refusals

    public static class Agenda {
        public void list(@QueryParam("page") int page) {
        }
    }

    private static ResourceInfo matched(Method method) {
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return method == null ? null : method.getDeclaringClass();
            }
        };
    }

    private static UriInfo query(String name, String value) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        query.add(name, value);
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getQueryParameters")) {
                        return query;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void unknownResourceIs404WithAProblemBody() {
        Answer answer = answer(mappers.web(new NotFoundException(), matched(null), query("x", "y")));
        assertProblem(answer, 404, "not-found", "Not Found");
        assertThat(answer.body().get("detail").asText()).isEqualTo("No such resource.");
    }

    @Test
    void unsupportedMethodIs405KeepingTheAllowHeader() {
        Answer answer = answer(mappers.web(new NotAllowedException("GET", new String[] {"POST"}), matched(null), query("x", "y")));
        assertProblem(answer, 405, "method-not-allowed", "Method Not Allowed");
        assertThat(answer.header("Allow")).contains("GET").contains("POST");
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void unsupportedContentTypeIs415AskingForJson() {
        Answer answer = answer(mappers.web(new NotSupportedException(), matched(null), query("x", "y")));
        assertProblem(answer, 415, "unsupported-media-type", "Unsupported Media Type");
        assertThat(answer.body().get("detail").asText()).isEqualTo("Unsupported content type; send application/json.");
    }

    @Test
    void statusWithoutAStandardReasonIsTitledByItsNumber() {
        assertProblem(answer(mappers.web(new WebApplicationException(499), matched(null), query("x", "y"))), 499,
                "http-499", "HTTP 499");
    }

    @Test
    void unconvertibleQueryParameterIs400NamingItInsteadOf404() throws Exception {
        Method list = Agenda.class.getMethod("list", int.class);
        Answer answer = answer(mappers.web(new NotFoundException(new NumberFormatException("abc")), matched(list),
                query("page", "abc")));
        assertProblem(answer, 400, "validation", "Invalid request");
        assertThat(answer.body().get("violations").get(0).get("field").asText()).isEqualTo("page");
        assertThat(answer.body().get("detail").asText())
                .isEqualTo("page: must be a whole number from -2147483648 to 2147483647");
    }

    @Test
    void unconvertiblePathParameterStays404() throws Exception {
        Method list = Agenda.class.getMethod("list", int.class);
        assertProblem(answer(mappers.web(new NotFoundException(new IllegalArgumentException("not a UUID")),
                matched(list), query("page", "2"))), 404, "not-found", "Not Found");
    }

    @Test
    void jsonErrorWrappedByTheReaderIsMappedAsTheJsonError() {
        JsonParseException parse = thrownReading(JsonParseException.class, "{\"name\":", Order.class);
        assertProblem(answer(mappers.web(new WebApplicationException(parse, 400), matched(null), query("x", "y"))), 400,
                "malformed-json", "Malformed JSON");
        InvalidFormatException wrong = thrownReading(InvalidFormatException.class, "{\"size\":\"HUGE\"}", Order.class);
        assertThat(answer(mappers.web(new WebApplicationException(wrong, 400), matched(null), query("x", "y")))
                .body().get("detail").asText()).isEqualTo("size: must be one of SMALL, LARGE");
    }

    // Anything else

    @Test
    void unexpectedFailureIs500WithAnIncidentIdAndNothingInternal() {
        Answer answer = answer(mappers.unexpected(new IllegalStateException("password=hunter2 at db:5432")));
        assertProblem(answer, 500, "internal", "Internal error");
        assertThat(answer.body().get("detail").asText()).matches("An unexpected error occurred; incident [0-9a-f-]{36}\\.")
                .doesNotContain("hunter2");
    }

    @Test
    void databaseOutageIs503WithRetryAfter() {
        Answer answer = answer(mappers.unexpected(new RuntimeException(new SQLException("refused", "08001"))));
        assertProblem(answer, 503, "unavailable", "Service unavailable");
        assertThat(answer.header("Retry-After")).isEqualTo("2");
    }

    @Test
    void databaseRefusingAValueIs400AndABrokenUniqueIndexIs409() {
        assertProblem(answer(mappers.unexpected(new SQLException("date out of range", "22008"))), 400,
                "invalid-value", "Invalid request");
        assertProblem(answer(mappers.unexpected(new SQLException("duplicate key", "23505"))), 409,
                "conflict", "Conflict with the current state");
    }

    @Test
    void rateLimitExceededIs429WithRetryAfter() {
        Answer answer = answer(new RateLimitMapper(problems, new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).tooMany(new RateLimitExceeded("Too many.", 17)));
        assertProblem(answer, 429, "rate-limited", "Too many requests");
        assertThat(answer.header("Retry-After")).isEqualTo("17");
        assertThat(answer.body().get("detail").asText()).isEqualTo("Too many.");
    }
}
