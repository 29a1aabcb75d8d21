package dev.filmsearch.corpus;

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
