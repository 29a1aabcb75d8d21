package dev.filmsearch.tools.generate.imdb;

/**
 * The record kinds of {@link dev.filmsearch.tools.generate.Draws#of} for the imdb-tsv generator: each kind of
 * draw has its own stream per item, so one file never shifts the draws of another.
 */
final class Kinds {
    static final int PERSON_NAME = 2; // the JSON Lines generator's person kind: the same names for the same numbers
    static final int LAYOUT = 20;
    static final int TITLE = 21;
    static final int SERIES = 22;
    static final int CREW = 23;
    static final int PRINCIPALS = 24;
    static final int AKAS = 25;
    static final int RATING = 26;
    static final int PERSON = 27;
    static final int SPANISH_TITLE = 28;
    static final int JAPANESE_TITLE = 29;
    static final int RUSSIAN_TITLE = 30;

    private Kinds() {
    }
}
