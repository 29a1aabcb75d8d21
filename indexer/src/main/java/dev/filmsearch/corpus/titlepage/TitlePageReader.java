package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.corpus.BrokenTextException;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.FormatReader;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads IMDb-style title pages saved as text: one page gives one {@code Film} (title, year, plot, awards, release
 * date, cast, related films, …), then its {@code Review}s and {@code Quote}s, linked to the film by its id, title
 * and year. See {@code docs/formats/title-pages.md} for what is read and what is tolerated.
 */
public final class TitlePageReader implements FormatReader {
    /**
     * Lines only title pages have. Anchored at a line start, after white space or the "Â" that a no-break space
     * becomes when the head is decoded as ISO-8859-1 (as the corpus scanner does).
     */
    private static final List<Pattern> MARKERS = List.of(
            marker("(?:Cast overview|Credited cast|Complete credited cast)\\b"),
            Pattern.compile("on the IMDb message boards"),
            marker("User Reviews[\\s\\u00A0\\u00C2]*$"),
            marker("Release Date:"),
            marker("People who liked this also liked"),
            marker("Plot Summary\\b"),
            marker("Did You Know\\?"),
            Pattern.compile("See more awards"),
            Pattern.compile("people found this review helpful"));
    private static final int MIN_MARKERS = 2;

    @Override
    public String format() {
        return "title-page";
    }

    @Override
    public void read(CorpusSource source, RecordSink sink) throws IOException {
        for (CorpusFile file : source.files()) {
            TitlePageParser parser = new TitlePageParser(source.name(),
                    (line, reason) -> sink.reject(new Problem(file.name(), line, reason)));
            for (CatalogRecord record : parser.parse(lines(file, sink))) {
                sink.accept(record);
            }
        }
    }

    /**
     * Whether the first bytes of a text file are a title page: at least two of the page's typical lines ("Cast
     * overview", "User Reviews", "Release Date:", "Discuss … on the IMDb message boards", …) occur in it.
     */
    public static boolean looksLikeTitlePage(String head) {
        if (head == null) {
            return false;
        }
        int found = 0;
        for (Pattern marker : MARKERS) {
            if (marker.matcher(head).find()) {
                found++;
            }
        }
        return found >= MIN_MARKERS;
    }

    private static Pattern marker(String line) {
        return Pattern.compile("^[\\s\\u00A0\\u00C2]*" + line, Pattern.MULTILINE);
    }

    /** The page's lines; a page whose bytes break off (a truncated .gz) is the lines before the break. */
    private static List<PageLine> lines(CorpusFile file, RecordSink sink) throws IOException {
        List<PageLine> lines = new ArrayList<>();
        try (BufferedReader in = file.openText(sink)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (lines.isEmpty() && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                lines.add(new PageLine(lines.size() + 1, Text.clean(line)));
            }
        } catch (BrokenTextException e) {
            sink.reject(e.problem());
        }
        return lines;
    }
}
