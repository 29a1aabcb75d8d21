package dev.filmsearch.tools.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes lines into numbered part files ({@code part-00000.jsonl.gz}, …), starting a new file every
 * {@code linesPerFile} lines; a file whose name ends in {@code .gz} is gzip-compressed (with a fixed header, so
 * the bytes do not depend on the clock).
 */
final class PartWriter implements AutoCloseable {
    private final Path folder;
    private final String suffix;
    private final int linesPerFile;
    private final List<Path> files = new ArrayList<>();
    private OutputStream current;
    private long linesInCurrent;

    PartWriter(Path folder, String suffix, int linesPerFile) {
        this.folder = folder;
        this.suffix = suffix;
        this.linesPerFile = linesPerFile;
    }

    static String partName(int number, String suffix) {
        return "part-%05d%s".formatted(number, suffix);
    }

    /** The stream the next line goes to; the caller writes one line ending in a line feed. */
    OutputStream nextLine() throws IOException {
        if (current == null || linesInCurrent == linesPerFile) {
            closeCurrent();
            Path file = folder.resolve(partName(files.size(), suffix));
            OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            current = suffix.endsWith(".gz") ? new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16), 1 << 16)
                    : raw;
            files.add(file);
            linesInCurrent = 0;
        }
        linesInCurrent++;
        return current;
    }

    List<Path> files() {
        return List.copyOf(files);
    }

    private void closeCurrent() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeCurrent();
    }
}
