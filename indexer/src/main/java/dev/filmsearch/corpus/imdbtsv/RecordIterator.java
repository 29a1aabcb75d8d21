package dev.filmsearch.corpus.imdbtsv;

import java.io.Closeable;
import java.io.IOException;

/** Records in order, read one at a time from memory or disk. */
interface RecordIterator<T> extends Closeable {
    /** The next record, or null after the last. */
    T next() throws IOException;
}
