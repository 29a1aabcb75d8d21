package dev.filmsearch.tools.generate.imdb;

/**
 * The title types of the dumps, with their approximate count (thousands) in the full 12.3M-title dataset, so
 * that a generated dump has them in the same shares. Episodes are not drawn by weight: each series or
 * mini-series is followed by its episodes (see {@link TitleLayout}).
 */
enum TitleType {
    TV_EPISODE("tvEpisode", 0),
    SHORT("short", 1_100),
    MOVIE("movie", 730),
    VIDEO("video", 320),
    TV_SERIES("tvSeries", 290),
    TV_MOVIE("tvMovie", 150),
    TV_MINI_SERIES("tvMiniSeries", 65),
    TV_SPECIAL("tvSpecial", 55),
    VIDEO_GAME("videoGame", 45),
    TV_SHORT("tvShort", 11);

    private static final TitleType[] VALUES = values();
    final String text;
    final int thousands;

    TitleType(String text, int thousands) {
        this.text = text;
        this.thousands = thousands;
    }

    static TitleType of(int ordinal) {
        return VALUES[ordinal];
    }

    boolean isSeries() {
        return this == TV_SERIES || this == TV_MINI_SERIES;
    }

    /** Films in the wide sense: what people vote on and look up (movie, series, TV movie, mini-series). */
    double fameWeight() {
        return switch (this) {
            case MOVIE, TV_SERIES -> 1.0;
            case TV_MINI_SERIES -> 0.5;
            case TV_MOVIE, VIDEO_GAME -> 0.25;
            case VIDEO, TV_SPECIAL -> 0.1;
            case SHORT, TV_SHORT -> 0.04;
            case TV_EPISODE -> 0.02;
        };
    }
}
