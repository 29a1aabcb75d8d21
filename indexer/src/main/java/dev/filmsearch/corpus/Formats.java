package dev.filmsearch.corpus;

import dev.filmsearch.corpus.csv.CsvReader;
import dev.filmsearch.corpus.imdbtsv.ImdbTsvReader;
import dev.filmsearch.corpus.json.JsonArrayReader;
import dev.filmsearch.corpus.json.JsonLinesReader;
import dev.filmsearch.corpus.titlepage.TitlePageReader;
import java.util.Map;
import java.util.function.Predicate;

/** The format readers a build uses, by format name, and how a text file is recognised as a title page. */
public final class Formats {
    private final Map<String, FormatReader> readers;
    private final Predicate<String> titlePageSniffer;

    public Formats(Map<String, FormatReader> readers, Predicate<String> titlePageSniffer) {
        this.readers = Map.copyOf(readers);
        this.titlePageSniffer = titlePageSniffer;
    }

    /** Every reader filmsearch has: title pages, JSON Lines, CSV, JSON arrays and IMDb TSV dumps. */
    public static Formats standard() {
        return new Formats(Map.of(
                "title-page", new TitlePageReader(),
                "jsonl", new JsonLinesReader(),
                "csv", new CsvReader(),
                "json", new JsonArrayReader(),
                "imdb-tsv", new ImdbTsvReader()), TitlePageReader::looksLikeTitlePage);
    }

    /** These formats with another reader for one format (e.g. an IMDb TSV reader with other settings). */
    public Formats with(FormatReader reader) {
        Map<String, FormatReader> changed = new java.util.HashMap<>(readers);
        changed.put(reader.format(), reader);
        return new Formats(changed, titlePageSniffer);
    }

    public FormatReader reader(String format) {
        FormatReader reader = readers.get(format);
        if (reader == null) {
            throw new IllegalArgumentException("no reader for format " + format);
        }
        return reader;
    }

    public boolean looksLikeTitlePage(String head) {
        return titlePageSniffer.test(head);
    }
}
