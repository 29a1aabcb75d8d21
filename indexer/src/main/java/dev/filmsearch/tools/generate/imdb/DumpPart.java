package dev.filmsearch.tools.generate.imdb;

import java.util.List;

/**
 * One of the seven files: its name, its header line and how one title (or, for name.basics, one person) turns
 * into rows. Rows of an item are written together, so a file sorted by item id is sorted by its key column.
 */
interface DumpPart {
    String fileName();

    /** The header line, without its line feed, exactly as in IMDb's files. */
    String header();

    /** Whether the file has a row per name (name.basics) rather than per title. */
    default boolean perName() {
        return false;
    }

    /** Writes the rows of title (or name) {@code k}; returns how many. */
    int write(long k, Titles titles, TsvBuffer out);

    /** The files in the order they are written: the largest first, so the threads stay busy to the end. */
    static List<DumpPart> all() {
        return List.of(new PrincipalsPart(), new AkasPart(), new BasicsPart(), new NamesPart(), new CrewPart(),
                new EpisodePart(), new RatingsPart());
    }
}
