package org.wsis.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the pages show exists in English and in French, and none is left empty. */
class LanguagesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    @Test
    void everyEnglishTextHasItsFrenchTranslation() throws IOException {
        List<Path> english;
        try (Stream<Path> files = Files.list(MESSAGES)) {
            english = files.filter(f -> f.getFileName().toString().endsWith("_en.properties")).sorted().toList();
        }
        assertThat(english).extracting(p -> p.getFileName().toString()).contains("msg_en.properties", "labels_en.properties");
        for (Path en : english) {
            Path fr = en.resolveSibling(en.getFileName().toString().replace("_en.properties", "_fr.properties"));
            assertThat(fr).as("the French of %s", en.getFileName()).exists();
            Properties english1 = load(en);
            Properties french = load(fr);
            assertThat(french.stringPropertyNames()).as("keys of %s", fr.getFileName())
                    .containsExactlyInAnyOrderElementsOf(english1.stringPropertyNames());
            for (Properties texts : List.of(english1, french)) {
                texts.forEach((key, text) -> assertThat(text.toString()).as("%s in %s", key, en.getFileName()).isNotBlank());
            }
        }
    }

    @Test
    void rightToLeftLanguagesAreKnown() {
        assertThat(Languages.isRightToLeft(java.util.Locale.forLanguageTag("ar"))).isTrue();
        assertThat(Languages.isRightToLeft(java.util.Locale.forLanguageTag("fr-CH"))).isFalse();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
