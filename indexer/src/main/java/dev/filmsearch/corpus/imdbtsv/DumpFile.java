package dev.filmsearch.corpus.imdbtsv;

import java.util.List;
import java.util.Locale;

/**
 * The files of IMDb's non-commercial dumps. The first column each reader needs is the join key; only the
 * needed columns are kept, in the order listed here (so {@code columns().indexOf(...)} is a row's index).
 * Every title file is keyed by tconst (title.akas calls it titleId); name.basics by nconst.
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
    TITLE_AKAS("title.akas.tsv", ImdbId.TITLE,
            List.of("titleId", "ordering", "title", "region", "language", "types", "attributes")),
    TITLE_EPISODE("title.episode.tsv", ImdbId.TITLE,
            List.of("tconst", "parentTconst", "seasonNumber", "episodeNumber"));

    /** The files keyed by tconst, joined on it in the title join. */
    static final List<DumpFile> TITLE_FILES = List.of(TITLE_BASICS, TITLE_RATINGS, TITLE_CREW, TITLE_PRINCIPALS,
            TITLE_AKAS, TITLE_EPISODE);

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

    /** The key column: "tconst", "titleId" or "nconst". */
    String keyColumn() {
        return columns.getFirst();
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
