package dev.filmsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.Lock;

/**
 * A reader's hold on one index generation, taken with {@link IndexLayout#lease}: while it is held, no writer
 * deletes that generation, whichever process the writer runs in. It is a file in the index folder's
 * {@code .readers/} with an OS lock on it, so a lease whose process died is seen as stale and removed.
 */
public final class ReaderLease implements Closeable {
    private final Lock lock;
    private final Path file;
    private boolean closed;

    ReaderLease(Lock lock, Path file) {
        this.lock = lock;
        this.file = file;
    }

    /** The lease file, {@code .readers/gen-000004.<random>.lease}. */
    public Path file() {
        return file;
    }

    /** Gives the generation back; a writer may delete it from now on. Closing twice does nothing. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
