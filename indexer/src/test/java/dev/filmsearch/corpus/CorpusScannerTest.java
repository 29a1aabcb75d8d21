package dev.filmsearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, items 11 and 15: what the scan does with what is not a plain readable file. */
class CorpusScannerTest {
    @TempDir
    Path corpus;

    private final CorpusScanner scanner = new CorpusScanner(head -> head.contains("Cast overview"));

    private List<String> sources(CorpusScanner.Scan scan) {
        return scan.sources().stream().map(CorpusSource::name).toList();
    }

    @Test
    void a_link_loop_is_listed_as_skipped_and_the_rest_is_scanned() throws IOException {
        Files.writeString(Files.createDirectories(corpus.resolve("films")).resolve("a.jsonl"), "{}\n");
        Files.createSymbolicLink(corpus.resolve("films/again"), Path.of(".."));
        Files.writeString(corpus.resolve("z.csv"), "title\nFargo\n");

        CorpusScanner.Scan scan = scanner.scan(corpus);

        assertEquals(List.of("films/a.jsonl", "z.csv"), sources(scan));
        assertEquals(List.of("films/again (a link to a folder that contains it; the loop is not followed)"),
                scan.skipped());
    }

    @Test
    void a_fifo_is_listed_as_skipped_and_never_opened() throws Exception {
        Files.writeString(corpus.resolve("a.jsonl"), "{}\n");
        Path fifo = corpus.resolve("pipe.jsonl");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        Path page = corpus.resolve("page.txt");
        assumeTrue(new ProcessBuilder("mkfifo", page.toString()).start().waitFor() == 0, "mkfifo is not available");

        // opening either FIFO for reading would block this test until a writer came
        CorpusScanner.Scan scan = scanner.scan(corpus);

        assertEquals(List.of("a.jsonl"), sources(scan));
        assertEquals(List.of(
                "page.txt (not a regular file but a FIFO, socket or device; not read)",
                "pipe.jsonl (not a regular file but a FIFO, socket or device; not read)"), scan.skipped());
    }

    @Test
    void an_unreadable_folder_and_an_unreadable_page_are_listed_as_skipped_and_the_rest_is_scanned()
            throws IOException {
        Files.writeString(corpus.resolve("a.jsonl"), "{}\n");
        Path locked = Files.createDirectories(corpus.resolve("locked"));
        Files.writeString(locked.resolve("b.jsonl"), "{}\n");
        Path page = Files.writeString(corpus.resolve("page.txt"), "Cast overview\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "permissions are not enforced for this user (root?)");

            CorpusScanner.Scan scan = scanner.scan(corpus);

            assertEquals(List.of("a.jsonl"), sources(scan));
            assertEquals(List.of("locked (cannot be read: permission denied)",
                    "page.txt (cannot be read: permission denied)"), scan.skipped());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
