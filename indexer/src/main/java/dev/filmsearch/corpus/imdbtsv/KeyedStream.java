package dev.filmsearch.corpus.imdbtsv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** A sorted {@link RecordIterator} read one key at a time: {@link #headKey()}, then {@link #take(long)}. */
final class KeyedStream<T> {
    static final long END = Long.MAX_VALUE;

    private final RecordIterator<T> records;
    private final ToLongFunction<T> key;
    private T head;

    KeyedStream(RecordIterator<T> records, ToLongFunction<T> key) throws IOException {
        this.records = records;
        this.key = key;
        this.head = records.next();
    }

    /** The key of the next record, or {@link #END}. */
    long headKey() {
        return head == null ? END : key.applyAsLong(head);
    }

    /** The records with this key (empty if the next record has another key), in order. */
    List<T> take(long k) throws IOException {
        List<T> taken = new ArrayList<>(2);
        while (head != null && key.applyAsLong(head) == k) {
            taken.add(head);
            head = records.next();
        }
        return taken;
    }
}
