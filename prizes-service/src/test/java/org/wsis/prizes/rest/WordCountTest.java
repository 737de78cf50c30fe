package org.wsis.prizes.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The word count rule of a nomination's description: runs of non-space characters, 150 to 200 of them. */
class WordCountTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    record Summary(@WordCount(min = 2, max = 3) String text) {
    }

    private static String words(int n) {
        return String.join(" ", java.util.Collections.nCopies(n, "word"));
    }

    private static List<String> messages(Object bean) {
        return validator.validate(bean).stream().map(ConstraintViolation::getMessage).toList();
    }

    @Test
    void wordCountCountsRunsOfNonSpaceCharacters() {
        assertThat(WordCount.Validator.count("")).isZero();
        assertThat(WordCount.Validator.count(" \t\r\n ")).isZero();
        assertThat(WordCount.Validator.count("one")).isEqualTo(1);
        assertThat(WordCount.Validator.count("  two   words  ")).isEqualTo(2);
        assertThat(WordCount.Validator.count("tabs\tand\nnew\r\nlines")).isEqualTo(4);
        assertThat(WordCount.Validator.count("e-health, m-learning & more")).isEqualTo(4);
    }

    @Test
    void wordCountOutsideTheRangeIsRefusedSayingHowManyWordsThereAre() {
        assertThat(messages(new Summary("one"))).containsExactly("must have 2 to 3 words; it has 1");
        assertThat(messages(new Summary("one two three four"))).containsExactly("must have 2 to 3 words; it has 4");
        assertThat(messages(new Summary("   "))).containsExactly("must have 2 to 3 words; it has 0");
    }

    @Test
    void wordCountWithinTheRangeOrNullIsAccepted() {
        assertThat(messages(new Summary("one two"))).isEmpty();
        assertThat(messages(new Summary(" one\ttwo\nthree "))).isEmpty();
        assertThat(messages(new Summary(null))).isEmpty();
    }

    @Test
    void wordCountOfANominationDescriptionIs150To200() {
        Set<ConstraintViolation<NominationRequest>> tooShort =
                validator.validateValue(NominationRequest.class, "description", words(149));
        assertThat(tooShort).extracting(ConstraintViolation::getMessage)
                .containsExactly("must have 150 to 200 words; it has 149");
        assertThat(validator.validateValue(NominationRequest.class, "description", words(150))).isEmpty();
        assertThat(validator.validateValue(NominationRequest.class, "description", words(200))).isEmpty();
        assertThat(validator.validateValue(NominationRequest.class, "description", words(201)))
                .extracting(ConstraintViolation::getMessage).containsExactly("must have 150 to 200 words; it has 201");
    }

    /** Words joined by runs of ASCII white space, perhaps with some before and after. */
    record Spaced(List<String> words, String before, String between, String after) {
        String text() {
            return before + String.join(between, words) + after;
        }
    }

    @Provide
    Arbitrary<Spaced> spacedWords() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("e-health", "M&E", "(ICT)", "café", "Straße", "中文", "😀", "x,y", "-", "."));
        Arbitrary<String> spaces = Arbitraries.of(" ", "\t", "\n", "\r\n", "\f", "\u000B").list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> String.join("", parts));
        return Combinators.combine(word.list().ofMaxSize(20), spaces.injectNull(0.5).map(s -> s == null ? "" : s),
                spaces, spaces.injectNull(0.5).map(s -> s == null ? "" : s)).as(Spaced::new);
    }

    @Property(tries = 300)
    void wordCountIsTheNumberOfWordsWhateverTheSpacesAroundAndBetween(@ForAll("spacedWords") Spaced spaced) {
        assertThat(WordCount.Validator.count(spaced.text())).isEqualTo(spaced.words().size());
    }
}
