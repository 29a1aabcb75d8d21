package dev.filmsearch.corpus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * The bounds the JSON readers put on one record (Jackson's {@link StreamReadConstraints}), and the problem text for
 * a record that breaks them or is not JSON. A film record is a few levels deep and its longest text a few pages.
 */
final class JsonLimits {
    static final int MAX_DEPTH = 200;
    static final int MAX_STRING = 10_000_000;
    static final int MAX_NUMBER = 1_000;
    static final int MAX_NAME = 50_000;

    private JsonLimits() {
    }

    /** A mapper that enforces the limits; {@code lines} also refuses text after the first value. */
    static ObjectMapper mapper(boolean lines) {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER)
                .maxNameLength(MAX_NAME).build()).build();
        ObjectMapper json = new ObjectMapper(factory);
        return lines ? json.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) : json;
    }

    /** Why a record cannot be read: a limit it breaks, or where its JSON goes wrong. */
    static String reason(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("nesting depth")) {
                return "nested deeper than " + MAX_DEPTH + " levels";
            }
            if (m.contains("string value length")) {
                return String.format(Locale.ROOT, "a string longer than %,d characters", MAX_STRING);
            }
            if (m.contains("number value length")) {
                return String.format(Locale.ROOT, "a number longer than %,d digits", MAX_NUMBER);
            }
            if (m.contains("name length")) {
                return String.format(Locale.ROOT, "a field name longer than %,d characters", MAX_NAME);
            }
            return "too large to read";
        }
        JsonLocation at = e.getLocation();
        return at == null || at.getColumnNr() < 1 ? "not valid JSON" : "not valid JSON at column " + at.getColumnNr();
    }
}
