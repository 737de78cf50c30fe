package org.wsis.common.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which query parameter a request could not be converted for, and what it must be. */
class QueryParameterCheckTest {

    enum Status { ACTIVE, CLOSED }

    static class Paging {
        @QueryParam("page")
        int page;
    }

    static class Filter extends Paging {
        @QueryParam("status")
        Status status;
        @QueryParam("from")
        LocalDate from;
        String notAParameter;
    }

    static class Resource {
        public void list(@QueryParam("limit") Integer limit, @QueryParam("after") long after, @QueryParam("id") UUID id,
                         @BeanParam Filter filter, @QueryParam("q") String q) {
        }
    }

    private static final Method LIST = list();

    private static Method list() {
        try {
            return Resource.class.getMethod("list", Integer.class, long.class, UUID.class, Filter.class, String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MultivaluedMap<String, String> query(String... pairs) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.add(pairs[i], pairs[i + 1]);
        }
        return query;
    }

    private static Optional<Problem.Violation> culprit(String... pairs) {
        return QueryParameterCheck.culprit(LIST, query(pairs));
    }

    @Test
    void queryParameterCulpritIsNamedWithWhatItsTypeMustBe() {
        assertThat(culprit("limit", "ten")).contains(
                new Problem.Violation("limit", "must be a whole number from -2147483648 to 2147483647"));
        assertThat(culprit("after", "1e3")).contains(new Problem.Violation("after", "must be a whole number"));
        assertThat(culprit("id", "42")).contains(new Problem.Violation("id", "must be a UUID"));
    }

    @Test
    void queryParameterCulpritIsFoundInBeanParamsIncludingInheritedFields() {
        assertThat(culprit("status", "active")).contains(new Problem.Violation("status", "must be one of ACTIVE, CLOSED"));
        assertThat(culprit("from", "2026-02-30")).contains(new Problem.Violation("from", "must be a date (YYYY-MM-DD)"));
        assertThat(culprit("page", "2.5")).contains(
                new Problem.Violation("page", "must be a whole number from -2147483648 to 2147483647"));
    }

    @Test
    void queryParameterCulpritIsTheFirstWrongParameterInDeclarationOrderAndAnyOfItsValues() {
        assertThat(culprit("id", "x", "limit", "y")).map(Problem.Violation::field).contains("limit");
        assertThat(culprit("after", "1", "after", "two")).map(Problem.Violation::field).contains("after");
    }

    @Test
    void queryParameterCheckFindsNoCulpritWhenEveryValueConverts() {
        assertThat(culprit("limit", "-5", "after", "9000000000", "id", UUID.randomUUID().toString(),
                "status", "CLOSED", "from", "2026-02-28", "page", "3", "q", "anything at all")).isEmpty();
        assertThat(culprit("unknown", "x", "notAParameter", "x")).isEmpty();
        assertThat(QueryParameterCheck.culprit(null, query("limit", "x"))).isEmpty();
    }

    @Property(tries = 300)
    void queryParameterIntAcceptsExactlyTheNumbersThatFitAnInt(@ForAll long number) {
        Optional<Problem.Violation> asInt = culprit("limit", Long.toString(number));
        assertThat(asInt.isEmpty()).isEqualTo(number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE);
        assertThat(culprit("after", Long.toString(number))).isEmpty();
    }

    @Property(tries = 300)
    void queryParameterNumberRefusesEveryTextThatIsNotAWholeNumber(@ForAll String text) {
        boolean whole = text.matches("[+-]?\\p{Nd}+"); // Long.parseLong takes any decimal digit
        if (!whole) {
            assertThat(culprit("after", text)).map(Problem.Violation::field).contains("after");
            assertThat(culprit("limit", text)).map(Problem.Violation::field).contains("limit");
        }
    }
}
