package dev.filmsearch.model;

import java.util.Locale;
import java.util.Optional;

/** The four kinds of record in a catalogue. {@link #label()} is the name used in files, the index and the API. */
public enum RecordType {
    FILM, PERSON, REVIEW, QUOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "film", "Film", "films"; empty when the text names no record type. */
    public static Optional<RecordType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("s") && !t.equals("s")) {
            t = t.substring(0, t.length() - 1);
        }
        for (RecordType type : values()) {
            if (type.label().equals(t)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
