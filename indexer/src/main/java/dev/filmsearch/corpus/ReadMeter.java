package dev.filmsearch.corpus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the bytes read from corpus files as they are read (compressed bytes for a .gz), so a long read can show
 * progress while a reader is still inside one file: an IMDb dump is one source of seven files that takes most
 * of an hour at full size. Shared by the files of a build ({@link CorpusSource#metered}); safe to read from
 * another thread.
 */
public final class ReadMeter {
    private final LongAdder bytes = new LongAdder();

    /** Bytes read so far through every file metered by this meter. */
    public long bytes() {
        return bytes.sum();
    }

    InputStream count(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes.increment();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytes.add(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                bytes.add(skipped);
                return skipped;
            }
        };
    }
}
