package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.corpus.CollectingSink;
import dev.filmsearch.corpus.CollectingSink;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the TSV reader over a folder of dump files for tests. */
final class TsvFixtures {
    private TsvFixtures() {
    }

    /** Reads every file of {@code dir} as one source; files are named "{prefix}/{file name}". */
    static CollectingSink read(ImdbTsvReader reader, Path dir, String prefix) throws IOException {
        List<CorpusFile> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().map(p -> new CorpusFile(p, prefix + "/" + p.getFileName())).toList();
        }
        CollectingSink sink = new CollectingSink();
        reader.read(new CorpusSource(prefix, reader.format(), files, null), sink);
        return sink;
    }
}
