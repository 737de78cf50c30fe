package org.wsis.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps README.md and docs/*.md honest: their relative links lead somewhere, and the tests the security
 * document cites exist. Reads files only; starts nothing.
 */
class DocsTest {

    static final Path ROOT = root();

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern CITED_TEST = Pattern.compile("`([A-Z][A-Za-z0-9_]*(?:Test|Checks))(?:#([A-Za-z0-9_]+))?`");

    @Test
    void everyRelativeLinkResolves() {
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            for (String target : links(doc)) {
                problemWith(doc, target).ifPresent(problem -> broken.add(ROOT.relativize(doc) + ": (" + target + ") " + problem));
            }
        }
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void everyTestTheSecurityDocumentCitesExists() {
        Path security = ROOT.resolve("docs/security.md");
        assertThat(security).exists();
                List<String> missing = new ArrayList<>();
        Matcher m = CITED_TEST.matcher(read(security));
        int cited = 0;
        while (m.find()) {
            cited++;
            String className = m.group(1);
            String method = m.group(2);
            List<Path> files = SOURCES.getOrDefault(className, List.of());
            Pattern named = method == null ? null : Pattern.compile("\\b" + Pattern.quote(method) + "\\b");
            if (files.isEmpty()) {
                missing.add(m.group(0) + ": no " + className + ".java under */src/test/java or deploy/*/src/{main,test}/java");
            } else if (named != null && files.stream().noneMatch(file -> named.matcher(read(file)).find())) {
                missing.add(m.group(0) + ": " + files.stream().map(ROOT::relativize).toList() + " has no " + method);
            }
        }
        assertThat(cited).as("tests cited by docs/security.md").isGreaterThan(50);
        assertThat(missing).as("cited tests that do not exist").isEmpty();
    }

    @Test
    void slugsFollowGitHub() {
        assertThat(slug("How nothing is lost")).isEqualTo("how-nothing-is-lost");
        assertThat(slug("Walkthrough (paste into a shell)")).isEqualTo("walkthrough-paste-into-a-shell");
        assertThat(slug("`sessions-service` & the_rest")).isEqualTo("sessions-service--the_rest");
    }

    @Test
    void aBrokenLinkOrAnchorIsFound() {
        Path readme = ROOT.resolve("README.md");
        assertThat(problemWith(readme, "docs/no-such-file.md")).isPresent();
        assertThat(problemWith(readme, "docs/events.md#no-such-heading")).isPresent();
        assertThat(problemWith(readme, "#no-such-heading")).isPresent();
        assertThat(problemWith(readme, "docs/events.md#how-nothing-is-lost")).isEmpty();
        assertThat(problemWith(readme, "#the-two-commands")).isEmpty();
        assertThat(problemWith(readme, "contracts/events")).isEmpty();
    }

    /** Why {@code target}, linked from {@code doc}, leads nowhere; empty when it resolves. */
    static Optional<String> problemWith(Path doc, String target) {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return Optional.empty(); // https:, mailto: …: not a file of this repository
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path file = path.isEmpty() ? doc : doc.getParent().resolve(path).normalize();
        if (!file.startsWith(ROOT) || !Files.exists(file)) {
            return Optional.of("no such file");
        }
        if (anchor != null && file.toString().endsWith(".md") && !anchors(file).contains(anchor)) {
            return Optional.of("no heading #" + anchor + " in " + ROOT.relativize(file));
        }
        return Optional.empty();
    }

    static List<String> links(Path doc) {
        List<String> targets = new ArrayList<>();
        for (String line : proseLines(doc)) {
            Matcher m = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
            while (m.find()) {
                targets.add(m.group(1));
            }
        }
        return targets;
    }

    static Set<String> anchors(Path doc) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : proseLines(doc)) {
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                String slug = slug(m.group(1));
                int n = seen.merge(slug, 1, Integer::sum);
                anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
            }
        }
        return anchors;
    }

    /** GitHub's heading anchors: lower case, punctuation other than '-' and '_' dropped, spaces to '-'. */
    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
                .replace(' ', '-');
    }

    /** The lines outside fenced code blocks. */
    private static List<String> proseLines(Path doc) {
        List<String> lines = new ArrayList<>();
        boolean fenced = false;
        for (String line : read(doc).split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<Path> documents() {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(docs).hasSizeGreaterThan(1);
        return docs;
    }

    /** Each class name's files: {@code <name>.java} under a module's src/test/java, or under deploy/*\/src/{main,test}/java. */
    private static final Map<String, List<Path>> SOURCES = sources();

    private static Map<String, List<Path>> sources() {
        Map<String, List<Path>> sources = new HashMap<>();
        Pattern where = Pattern.compile("[^/]+/src/test/java/.*|deploy/[^/]+/src/(main|test)/java/.*");
        try {
            Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(ROOT) && (name.equals("target") || name.startsWith("."))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".java") && where.matcher(ROOT.relativize(file).toString().replace('\\', '/')).matches()) {
                        sources.computeIfAbsent(name.substring(0, name.length() - ".java".length()), k -> new ArrayList<>()).add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        String configured = System.getProperty("wsis.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("README.md"))) {
                return dir.normalize();
            }
        }
        return Path.of("../..").toAbsolutePath().normalize();
    }
}
