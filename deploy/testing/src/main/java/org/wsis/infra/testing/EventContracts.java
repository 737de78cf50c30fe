package org.wsis.infra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * The committed event samples ({@code contracts/events/<type>.json} at the repository root), read
 * by the producer's tests (what it emits has the sample's shape) and the consumers' (they apply it).
 */
public final class EventContracts {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventContracts() {
    }

    public static Path directory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("contracts").resolve("events");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no contracts/events directory above " + Path.of("").toAbsolutePath());
    }

    public static String sampleText(String type) {
        try {
            return Files.readString(directory().resolve(type + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException("no contract sample for " + type, e);
        }
    }

    public static JsonNode sample(String type) {
        try {
            return MAPPER.readTree(sampleText(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails unless {@code actual} has exactly the sample's fields, recursively, with the same JSON
     * node types (string, number, boolean, object, array).
     */
    public static void assertConforms(String actualJson, String type) {
        JsonNode actual;
        try {
            actual = MAPPER.readTree(actualJson);
        } catch (IOException e) {
            throw new AssertionError("event is not JSON: " + actualJson, e);
        }
        compare(actual, sample(type), type);
    }

    private static void compare(JsonNode actual, JsonNode sample, String path) {
        if (actual.getNodeType() != sample.getNodeType()) {
            throw new AssertionError(path + ": " + actual.getNodeType() + " where the contract has "
                    + sample.getNodeType());
        }
        if (!sample.isObject()) {
            return;
        }
        Set<String> expected = names(sample);
        Set<String> found = names(actual);
        if (!expected.equals(found)) {
            throw new AssertionError(path + ": fields " + found + " where the contract has " + expected);
        }
        for (String name : expected) {
            compare(actual.get(name), sample.get(name), path + "." + name);
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
