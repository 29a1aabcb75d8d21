package dev.filmsearch.tools.generate.imdb;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What a run wrote: each file with its rows (header not counted), gzip bytes and TSV bytes, and the time. */
public record ImdbDumpSummary(long titles, long names, List<FileSummary> files, double seconds) {
    public record FileSummary(String name, Path path, long rows, long bytes, long tsvBytes) {
    }

    public ImdbDumpSummary {
        files = List.copyOf(files);
    }

    public long bytes() {
        return files.stream().mapToLong(FileSummary::bytes).sum();
    }

    public long tsvBytes() {
        return files.stream().mapToLong(FileSummary::tsvBytes).sum();
    }

    /** The rows of one file by its name ({@code title.akas.tsv.gz}). */
    public long rows(String name) {
        return files.stream().filter(f -> f.name().equals(name)).mapToLong(FileSummary::rows).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no file " + name));
    }

    /** The lines the generate command prints: a total, then one line per file. */
    public String describe() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "wrote an IMDb dump of %,d titles and %,d names in %d files, %,d bytes gzip (%,d bytes TSV), "
                        + "in %.1f s%n", titles, names, files.size(), bytes(), tsvBytes(), seconds));
        for (FileSummary file : files) {
            text.append(String.format(Locale.ROOT, "  %-24s %,14d rows %,16d bytes%n", file.name(), file.rows(),
                    file.bytes()));
        }
        return text.toString();
    }
}
