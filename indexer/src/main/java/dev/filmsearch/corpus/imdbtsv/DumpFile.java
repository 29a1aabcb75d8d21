package dev.filmsearch.corpus.imdbtsv;

import java.util.List;
import java.util.Locale;

/**
 * The files of IMDb's non-commercial dumps. The first column each reader needs is the join key; only the
 * needed columns are kept, in the order listed here (so {@code columns().indexOf(...)} is a row's index).
 * {@code title.akas} and {@code title.episode} are recognised so they stay with their folder, but not read.
 */
enum DumpFile {
    TITLE_BASICS("title.basics.tsv", ImdbId.TITLE,
            List.of("tconst", "titleType", "primaryTitle", "originalTitle", "startYear", "runtimeMinutes", "genres")),
    TITLE_RATINGS("title.ratings.tsv", ImdbId.TITLE, List.of("tconst", "averageRating", "numVotes")),
    TITLE_CREW("title.crew.tsv", ImdbId.TITLE, List.of("tconst", "directors", "writers")),
    TITLE_PRINCIPALS("title.principals.tsv", ImdbId.TITLE,
            List.of("tconst", "ordering", "nconst", "category", "characters")),
    NAME_BASICS("name.basics.tsv", ImdbId.NAME,
            List.of("nconst", "primaryName", "birthYear", "deathYear", "primaryProfession", "knownForTitles")),
    TITLE_AKAS("title.akas.tsv", null, List.of()),
    TITLE_EPISODE("title.episode.tsv", null, List.of());

    private final String fileName;
    private final String keyPrefix;
    private final List<String> columns;

    DumpFile(String fileName, String keyPrefix, List<String> columns) {
        this.fileName = fileName;
        this.keyPrefix = keyPrefix;
        this.columns = columns;
    }

    /** "title.basics.tsv". */
    String fileName() {
        return fileName;
    }

    /** "tt" or "nm": the prefix of the key in the first column. */
    String keyPrefix() {
        return keyPrefix;
    }

    /** The columns read, key first. */
    List<String> columns() {
        return columns;
    }

    /** The key column: "tconst" or "nconst". */
    String keyColumn() {
        return columns.getFirst();
    }

    boolean isRead() {
        return keyPrefix != null;
    }

    /** The dump file of a file name ("title.basics.tsv", also with ".gz", any case), or null. */
    static DumpFile of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        n = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
        for (DumpFile f : values()) {
            if (f.fileName.equals(n)) {
                return f;
            }
        }
        return null;
    }
}
