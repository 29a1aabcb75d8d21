package dev.filmsearch.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSpaceTest {
    @TempDir
    Path tmp;

    @Test
    void a_build_needs_four_times_its_corpus_counting_a_gzipped_file_five_times_its_size() throws Exception {
        Path plain = Files.write(tmp.resolve("a.jsonl"), new byte[1000]);
        Path gz = Files.write(tmp.resolve("b.jsonl.gz"), new byte[100]);
        List<CorpusSource> sources = List.of(
                new CorpusSource("a.jsonl", "jsonl", List.of(new CorpusFile(plain, "a.jsonl")), null),
                new CorpusSource("b.jsonl.gz", "jsonl", List.of(new CorpusFile(gz, "b.jsonl.gz")), null));
        assertEquals((1000 + 500) * 4, DiskSpace.needed(sources));
    }

    @Test
    void too_little_free_space_stops_the_build_before_it_starts_with_both_figures() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> DiskSpace.check(Path.of("/data/index"), 3L << 30, 1L << 29));
        assertEquals("not enough free disk space for the build in /data/index: it needs about 3.0 GiB (catalogue "
                + "store and new index for this corpus), 0.5 GiB is free", e.getMessage());
    }
}
