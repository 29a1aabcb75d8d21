package dev.filmsearch.corpus.imdbtsv;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The merge-join of the title files, each in tconst order as text (the dumps' own order, or sorted into it): it
 * walks the keys in order and hands each tconst's rows, as one {@link TitleGroup}, to the {@link FilmAssembler}.
 * Holds one title's rows at a time.
 */
final class TitleJoin {
    private final Map<DumpFile, KeyedStream<TsvRow>> files = new EnumMap<>(DumpFile.class);
    private final KeyedStream<KnownFor> knownFor;

    /** @param rows the rows of each of {@link DumpFile#TITLE_FILES}, in key order */
    TitleJoin(Map<DumpFile, RecordIterator<TsvRow>> rows, RecordIterator<KnownFor> knownFor) throws IOException {
        for (DumpFile kind : DumpFile.TITLE_FILES) {
            files.put(kind, new KeyedStream<>(rows.get(kind), TsvRow::key));
        }
        this.knownFor = new KeyedStream<>(knownFor, KnownFor::tconst);
    }

    void run(FilmAssembler assembler) throws IOException {
        while (true) {
            long k = knownFor.headKey();
            for (KeyedStream<TsvRow> file : files.values()) {
                k = Math.min(k, file.headKey());
            }
            if (k == KeyedStream.END) {
                return;
            }
            assembler.assemble(new TitleGroup(k, take(DumpFile.TITLE_BASICS, k), take(DumpFile.TITLE_RATINGS, k),
                    take(DumpFile.TITLE_CREW, k), take(DumpFile.TITLE_PRINCIPALS, k), take(DumpFile.TITLE_AKAS, k),
                    take(DumpFile.TITLE_EPISODE, k), knownFor.take(k)));
        }
    }

    private List<TsvRow> take(DumpFile kind, long k) throws IOException {
        return files.get(kind).take(k);
    }
}
