package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Review;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what a reader gave it, for tests; {@link #read} runs the title-page reader into one. */
final class CollectingSink implements RecordSink {
    final List<CatalogRecord> records = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    /** Reads one page as the one-file source {@code name}. */
    static CollectingSink read(Path page, String name) {
        CollectingSink sink = new CollectingSink();
        try {
            new TitlePageReader().read(
                    new CorpusSource(name, "title-page", List.of(new CorpusFile(page, name)), null), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /** Reads the test resource {@code titlepage/<file>} as the source "titlepage/<file>". */
    static CollectingSink readFixture(String file) {
        try {
            return read(Path.of(CollectingSink.class.getResource("/titlepage/" + file).toURI()), "titlepage/" + file);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void accept(CatalogRecord record) {
        records.add(record);
    }

    @Override
    public void reject(Problem problem) {
        problems.add(problem);
    }

    List<Film> films() {
        return records.stream().filter(Film.class::isInstance).map(Film.class::cast).toList();
    }

    List<Review> reviews() {
        return records.stream().filter(Review.class::isInstance).map(Review.class::cast).toList();
    }

    List<Quote> quotes() {
        return records.stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList();
    }

    List<String> problemLines() {
        return problems.stream().map(Problem::toString).toList();
    }
}
