package org.wsis.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;

/**
 * Every string of every JSON document is refused (400 naming the field) when it carries what can
 * rewrite a line, a log or a display rather than text: C0 controls other than tab, line feed and a
 * carriage return that ends a CR LF pair; DEL and the C1 controls; the bidirectional embedding,
 * override and isolate controls (U+202A–U+202E, U+2066–U+2069, "Trojan source"); unpaired surrogates,
 * which no encoding can store. Emoji, combining accents, the left/right-to-left marks and joiners stay
 * allowed. Fields that must be one line (names, titles) are also {@link SingleLine}.
 */
public final class SafeText extends StdScalarDeserializer<String> {

    public SafeText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        String problem = value == null ? null : problem(value);
        if (problem != null) {
            throw new Refused(parser, problem, value);
        }
        return value;
    }

    /** Why the text is refused, or null. */
    static String problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && !(c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n')
                    || c >= 0x7F && c <= 0x9F) {
                return "must not contain control characters (" + codePoint(c) + ")";
            }
            if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return "must not contain bidirectional formatting characters (" + codePoint(c) + ")";
            }
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                return "must not contain an unpaired surrogate (" + codePoint(c) + ")";
            }
        }
        return null;
    }

    static String codePoint(int c) {
        return String.format("U+%04X", c);
    }

    /** A string refused for its characters; {@link ProblemMappers} names the field. */
    public static final class Refused extends InvalidFormatException {
        Refused(JsonParser parser, String message, String value) {
            super(parser, message, value, String.class);
        }
    }
}
