package dev.filmsearch.corpus.imdbtsv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The temporary directory of one read: created on the first spilled sort run, deleted with all it holds. */
final class TempFiles implements Closeable {
    private final Path parent;
    private Path dir;

    /** {@code parent} null: the system's temporary directory. */
    TempFiles(Path parent) {
        this.parent = parent;
    }

    Path newFile() throws IOException {
        if (dir == null) {
            dir = parent == null
                    ? Files.createTempDirectory("filmsearch-imdb-tsv-")
                    : Files.createTempDirectory(Files.createDirectories(parent), "filmsearch-imdb-tsv-");
        }
        return Files.createTempFile(dir, "run-", ".bin");
    }

    @Override
    public void close() throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
        dir = null;
    }
}
