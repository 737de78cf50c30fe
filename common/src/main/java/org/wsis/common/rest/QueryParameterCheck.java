package org.wsis.common.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the query parameter a request could not be converted for. JAX-RS answers such a request 404
 * (as if the resource did not exist), without saying which value was wrong; this re-reads the matched
 * method's {@code @QueryParam}s (and those of its {@code @BeanParam}s) so that the answer can be a 400
 * naming the parameter and what it must be. Nothing found means the culprit was a path parameter.
 */
final class QueryParameterCheck {

    private QueryParameterCheck() {
    }

    static Optional<Problem.Violation> culprit(Method method, MultivaluedMap<String, String> query) {
        if (method == null) {
            return Optional.empty();
        }
        for (Parameter parameter : method.getParameters()) {
            QueryParam named = parameter.getAnnotation(QueryParam.class);
            if (named != null) {
                Optional<Problem.Violation> wrong = check(named.value(), parameter.getType(), query);
                if (wrong.isPresent()) {
                    return wrong;
                }
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam inBean = field.getAnnotation(QueryParam.class);
                        Optional<Problem.Violation> wrong = inBean == null ? Optional.empty()
                                : check(inBean.value(), field.getType(), query);
                        if (wrong.isPresent()) {
                            return wrong;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem.Violation> check(String name, Class<?> type, MultivaluedMap<String, String> query) {
        List<String> values = query.get(name);
        if (values == null) {
            return Optional.empty();
        }
        for (String value : values) {
            String must = mismatch(type, value);
            if (must != null) {
                return Optional.of(new Problem.Violation(name, must));
            }
        }
        return Optional.empty();
    }

    /** What the value must be, when it is not. */
    private static String mismatch(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type.isEnum()) {
                if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(value))) {
                    return ProblemMappers.mustBeOneOf(type);
                }
            }
            return null;
        } catch (RuntimeException e) {
            if (type == int.class || type == Integer.class) {
                return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
            }
            if (type == long.class || type == Long.class) {
                return "must be a whole number";
            }
            return type == UUID.class ? "must be a UUID" : "must be a date (YYYY-MM-DD)";
        }
    }
}
