package dev.filmsearch.model;

import java.util.Locale;
import java.util.Optional;

/** The languages whose text filmsearch analyses with its own stemmer. */
public enum Language {
    EN, ES;

    /** ISO 639-1 code: "en", "es". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "en", "EN", "english", "es", "spanish", "español"; empty for anything else. */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "en", "eng", "english", "inglés", "ingles" -> Optional.of(EN);
            case "es", "spa", "spanish", "español", "espanol", "castellano" -> Optional.of(ES);
            default -> Optional.empty();
        };
    }
}
