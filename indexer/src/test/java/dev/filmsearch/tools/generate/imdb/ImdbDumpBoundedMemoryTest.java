package dev.filmsearch.tools.generate.imdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator streams: a child JVM limited to a 32 MB heap writes a dump of 150,000 titles, whose text
 * (about 115 MB of TSV) is three times that heap. Memory is the chunk buffers and the few chunks in flight.
 */
class ImdbDumpBoundedMemoryTest {
    @TempDir
    Path temp;

    @Test
    void a_dump_three_times_larger_than_the_heap_is_written_in_a_32_mb_heap() throws IOException,
            InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx32m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), BoundedMemoryDumpMain.class.getName(),
                temp.resolve("dump").toString(), "150000", "2048"))
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "child finished");
        assertEquals(0, child.exitValue(), output);
        String[] figures = output.strip().split(" ");
        assertEquals(2, figures.length, output);
        assertTrue(Long.parseLong(figures[0]) > 3L * 32 * 1024 * 1024, output);
        assertEquals(1_197_686, Long.parseLong(figures[1]), output);
    }
}
