package dev.filmsearch.tools.generate.imdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.corpus.CollectingSink;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.imdbtsv.ImdbTsvReader;
import dev.filmsearch.model.Film;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own IMDb reader takes a generated dump of 2,000 titles without a problem: every file in the dumps'
 * order (so nothing is sorted), every title type kept, akas as aliases and episodes linked to their series.
 */
class GeneratedDumpReadTest {
    @TempDir
    Path temp;

    @Test
    void the_imdb_reader_reads_a_generated_dump_with_exact_counts_and_no_problem() throws IOException {
        Path dump = temp.resolve("dump");
        GeneratedDump.generate(dump, 2_000, 42, 2, ImdbDumpSettings.DEFAULT_ITEMS_PER_CHUNK);
        List<CorpusFile> files = GeneratedDump.FILES.stream()
                .map(name -> new CorpusFile(dump.resolve(name), "dump/" + name)).toList();
        ImdbTsvReader reader = new ImdbTsvReader();
        CollectingSink sink = new CollectingSink();

        reader.read(new CorpusSource("dump", reader.format(), files, null), sink);

        assertEquals(List.of(), sink.problemLines());
        assertEquals(2_000, sink.films().size());
        assertEquals(2_455, sink.people().size());
        assertEquals("{movie=103, short=167, tvEpisode=1587, tvMiniSeries=10, tvMovie=20, tvSeries=41, tvShort=1,"
                + " tvSpecial=7, video=60, videoGame=4}", new TreeMap<>(sink.films().stream()
                .collect(Collectors.groupingBy(Film::titleType, Collectors.counting()))).toString());
        assertEquals(3_073, sink.films().stream().mapToInt(f -> f.aliases().size()).sum());
        // every episode is linked to its series, whose title title.basics gives
        assertEquals(1_587, sink.films().stream().filter(f -> f.episodeOf() != null
                && f.episodeOf().seriesTitle() != null).count());
        assertEquals(1_997, sink.films().stream().filter(f -> !f.directors().isEmpty() || !f.cast().isEmpty())
                .count());
        Film top = sink.films().stream().max((a, b) -> Long.compare(votes(a), votes(b))).orElseThrow();
        assertEquals("tt1515385", top.id());
        assertEquals(11_574, votes(top));
    }

    private static long votes(Film film) {
        return film.votes() == null ? 0 : film.votes();
    }
}
