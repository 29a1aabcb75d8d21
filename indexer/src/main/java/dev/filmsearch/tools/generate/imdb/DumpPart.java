package dev.filmsearch.tools.generate.imdb;

import java.util.List;

/**
 * One of the seven files: its name, its header line (exactly as in IMDb's files), whether it has a row per name
 * (name.basics) rather than per title, about how many TSV bytes it has per title (to weigh the progress line), and
 * how one title (or person) turns into rows. Rows of an item are written together, so a file walked in id order
 * is sorted by its key column.
 */
abstract class DumpPart {
    private final String fileName;
    private final String header;
    private final boolean perName;
    private final int bytesPerTitle;

    DumpPart(String fileName, String header, boolean perName, int bytesPerTitle) {
        this.fileName = fileName;
        this.header = header;
        this.perName = perName;
        this.bytesPerTitle = bytesPerTitle;
    }

    final String fileName() {
        return fileName;
    }

    final String header() {
        return header;
    }

    final boolean perName() {
        return perName;
    }

    final int bytesPerTitle() {
        return bytesPerTitle;
    }

    /** Writes the rows of title (or name) {@code k}; returns how many. */
    abstract int write(long k, Titles titles, TsvBuffer out);

    /** The files in the order they are written: the largest first, so the threads stay busy to the end. */
    static List<DumpPart> all() {
        return List.of(new PrincipalsPart(), new AkasPart(), new BasicsPart(), new NamesPart(), new CrewPart(),
                new EpisodePart(), new RatingsPart());
    }
}
