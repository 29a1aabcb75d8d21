package dev.filmsearch.corpus.titlepage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A film title with its year as title pages write it: "Machuca (2004)", "Title (TV Movie 2004)",
 * "Title (2004/I)", "Title (TV Series 2005–2010)". {@code year} is null where a source gives a title alone.
 */
record TitleYear(String title, Integer year) {
    private static final String KIND = "(?:TV Movie|TV Series|TV Mini[- ]Series|TV Short|TV Special|TV Episode"
            + "|Video Game|Video|Short)";
    private static final String YEAR_GROUP = "\\((?:" + KIND + "\\s)?(?<year>\\d{4})(?:/[IVXL]+)?"
            + "(?:\\s*[–-]\\s*(?:\\d{4})?)?(?:\\s" + KIND + ")?\\s*\\)";
    private static final String IMDB_SUFFIX = "\\s*[-–|]\\s*IMDb";
    private static final Pattern LISTING = Pattern.compile("(?<title>.{1,150}?)\\s+" + YEAR_GROUP);
    private static final Pattern PAGE_TITLE = Pattern.compile(
            "(?<title>.{1,150}?)(?:\\s+" + YEAR_GROUP + "(?:" + IMDB_SUFFIX + ")?|" + IMDB_SUFFIX + ")");
    private static final Pattern DISCUSS = Pattern.compile(
            "Discuss (?<title>.+?)(?:\\s+" + YEAR_GROUP + ")? on the IMDb message boards\\b.*");

    /** A listing line "Machuca (2004)". */
    static Optional<TitleYear> ofListing(String line) {
        return match(LISTING, line);
    }

    /** A page's first line: "Title (Year)", "Title (Year) - IMDb" or "Title - IMDb". */
    static Optional<TitleYear> ofPageTitle(String line) {
        return match(PAGE_TITLE, line);
    }

    /** "Discuss Salvador Allende (2004) on the IMDb message boards »". */
    static Optional<TitleYear> ofDiscussLine(String line) {
        return match(DISCUSS, line);
    }

    private static Optional<TitleYear> match(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String year = m.group("year");
        return Optional.of(new TitleYear(m.group("title").strip(), year == null ? null : Integer.valueOf(year)));
    }
}
