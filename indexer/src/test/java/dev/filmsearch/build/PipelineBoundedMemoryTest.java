package dev.filmsearch.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.tools.generate.GeneratorSettings;
import dev.filmsearch.tools.generate.ScaleCorpusGenerator;
import dev.filmsearch.tools.generate.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shows that the whole build streams: a child JVM with a 64 MB heap indexes 100,000 generated records (35,000
 * films with their credits and plots, 45,000 people, 17,000 reviews of up to four paragraphs, 3,000 quotes). Held
 * as objects, as the catalogue did before it moved to its on-disk store, those records take about 170 MB (checked
 * by hand: the previous catalogue fails with OutOfMemoryError under this limit); the build holds the readers'
 * current line, one person's entries, the indexing queue and Lucene's RAM buffer (a quarter of the heap).
 */
class PipelineBoundedMemoryTest {
    @TempDir
    Path temp;

    @Test
    void indexes_100000_generated_records_with_a_64_mb_heap() throws Exception {
        Path corpus = temp.resolve("corpus");
        new ScaleCorpusGenerator(new GeneratorSettings(100_000, 42, corpus, Vocabulary.builtIn())).run();
        Path index = temp.resolve("index");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), PipelineMemoryMain.class.getName(),
                corpus.toString(), index.toString(), "32"))
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(child.waitFor(10, TimeUnit.MINUTES), "child finished");

        assertEquals(0, child.exitValue(), output);
        List<String> lines = output.lines().filter(l -> l.startsWith("indexed=")).toList();
        assertEquals(List.of("indexed=film:35000 person:45000 review:17000 quote:3000 rejected=0"), lines,
                output);
        assertFalse(Files.exists(index.resolve(IndexBuild.CATALOGUE_FOLDER)), "the catalogue store is removed");
    }
}
