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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's own IMDb reader takes a generated dump of 2,000 titles without rejecting a row. */
class GeneratedDumpReadTest {
    /** Problems that are not rejected rows: types the reader skips, and files it does not read (yet). */
    private static final Pattern SKIPPED_TYPE = Pattern.compile(".*title\\.basics\\.tsv\\.gz:\\d+: skipped title type "
            + "(tvEpisode|videoGame)");
    private static final Pattern NOT_READ = Pattern.compile(".*title\\.(akas|episode)\\.tsv\\.gz:0: "
            + "title\\.(akas|episode)\\.tsv is not read");

    @TempDir
    Path temp;

    @Test
    void the_imdb_reader_reads_a_generated_dump_with_exact_counts_and_no_rejected_row() throws IOException {
        Path dump = temp.resolve("dump");
        GeneratedDump.generate(dump, 2_000, 42, 2, ImdbDumpSettings.DEFAULT_ITEMS_PER_CHUNK);
        List<CorpusFile> files = GeneratedDump.FILES.stream()
                .map(name -> new CorpusFile(dump.resolve(name), "dump/" + name)).toList();
        ImdbTsvReader reader = new ImdbTsvReader();
        CollectingSink sink = new CollectingSink();

        reader.read(new CorpusSource("dump", reader.format(), files, null), sink);

        List<String> problems = sink.problemLines();
        assertEquals(List.of(), problems.stream()
                .filter(p -> !SKIPPED_TYPE.matcher(p).matches() && !NOT_READ.matcher(p).matches()).toList());
        assertEquals(1_591, problems.stream().filter(p -> SKIPPED_TYPE.matcher(p).matches()).count());
        assertEquals(409, sink.films().size());
        assertEquals(2_455, sink.people().size());
        long credited = sink.films().stream().filter(f -> !f.directors().isEmpty() || !f.cast().isEmpty()).count();
        assertEquals(406, credited);
        Film top = sink.films().stream().max((a, b) -> Long.compare(votes(a), votes(b))).orElseThrow();
        assertEquals("tt1515385", top.id());
        assertEquals(11_574, votes(top));
    }

    private static long votes(Film film) {
        return film.votes() == null ? 0 : film.votes();
    }
}
