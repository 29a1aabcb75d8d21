package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run in a child JVM with a small heap by {@link ImdbTsvBoundedMemoryTest}: reads a folder of dump files and
 * prints only counts, so the sink holds nothing and any memory in use is the reader's.
 * Arguments: the folder, a directory for sort runs, the sort buffer size.
 */
public final class BoundedMemoryMain {
    private BoundedMemoryMain() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<CorpusFile> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().map(p -> new CorpusFile(p, p.getFileName().toString())).toList();
        }
        long[] counts = new long[7];
        RecordSink counting = new RecordSink() {
            @Override
            public void accept(CatalogRecord record) {
                switch (record) {
                    case Film f -> {
                        counts[0]++;
                        counts[3] += f.cast().size();
                        counts[4] += f.directors().size();
                        counts[6] += f.aliases().size();
                    }
                    case Person p -> {
                        counts[1]++;
                        counts[5] += p.films().size();
                    }
                    default -> throw new IllegalStateException("unexpected " + record);
                }
            }

            @Override
            public void reject(Problem problem) {
                counts[2]++;
            }
        };
        var reader = new ImdbTsvReader(new ImdbTsvReader.Settings(Integer.parseInt(args[2]), Path.of(args[1])));
        reader.read(new CorpusSource("generated", "imdb-tsv", files, null), counting);
        System.out.printf("films=%d people=%d problems=%d cast=%d directors=%d personFilms=%d aliases=%d%n",
                counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
    }
}
