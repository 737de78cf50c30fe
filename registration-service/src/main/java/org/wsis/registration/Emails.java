package org.wsis.registration;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form in which email addresses are stored and compared, so that an address typed with other
 * case, surrounding spaces or another Unicode composition is the same address, not a second person.
 */
public final class Emails {

    /** For {@code @Pattern}: what is left after {@link #normalise} must be printable ASCII. */
    public static final String PRINTABLE_ASCII = "[\\x20-\\x7E]*";

    /**
     * Zero-width and bidi characters or Cyrillic letters make an address that looks like another one,
     * so internationalised addresses are refused rather than stored.
     */
    public static final String NOT_ASCII_MESSAGE =
            "must contain only printable ASCII characters (internationalised addresses are not accepted)";

    private Emails() {
    }

    /**
     * Trimmed, NFC (a composed and a decomposed form are one address; NFC also folds look-alikes such as
     * the Kelvin sign into their ASCII letter), lower case (no mail provider tells addresses apart by
     * case, and the unique index compares {@code lower(email)}).
     */
    public static String normalise(String email) {
        return email == null ? null
                : Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
