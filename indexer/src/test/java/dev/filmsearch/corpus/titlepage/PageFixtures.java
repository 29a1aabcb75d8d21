package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.corpus.CollectingSink;
import dev.filmsearch.corpus.CollectingSink;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Runs the title-page reader over one page for tests. */
final class PageFixtures {
    private PageFixtures() {
    }

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
            return read(Path.of(PageFixtures.class.getResource("/titlepage/" + file).toURI()), "titlepage/" + file);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
