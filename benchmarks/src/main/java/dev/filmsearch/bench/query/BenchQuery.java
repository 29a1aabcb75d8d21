package dev.filmsearch.bench.query;

/**
 * One search every engine answers: the words a user typed, how to read them, and an optional director filter.
 * Every engine returns the top 10 records and the genre and director facet counts over all matches.
 *
 * @param kind     how to read {@code text}: {@link Kind#WORDS} (ranked keywords) or {@link Kind#PHRASE} (the words
 *                 in this order)
 * @param text     what the user typed, without quotes; may be empty only when {@code director} is set
 * @param director a director's name to filter on (exact facet value), or null
 * @param label    a short name for tables ("single word", "phrase", …)
 */
public record BenchQuery(Kind kind, String text, String director, String label) {
    /** How the engines read the text. */
    public enum Kind { WORDS, PHRASE }

    public static final int TOP = 10;
    public static final int FACET_VALUES = 10;

    public BenchQuery {
        if (text == null || (text.isBlank() && director == null)) {
            throw new IllegalArgumentException("a benchmark query needs words or a director");
        }
    }

    /** A plain keyword search, as the relevance judgments ask it. */
    public static BenchQuery words(String text) {
        return new BenchQuery(Kind.WORDS, text, null, "words");
    }
}
