package dev.filmsearch.corpus.imdbtsv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** A sorted {@link RecordIterator} read one key at a time: {@link #headKey()}, then {@link #take(int)}. */
final class KeyedStream<T> {
    static final int END = Integer.MAX_VALUE;

    private final RecordIterator<T> records;
    private final ToIntFunction<T> key;
    private T head;

    KeyedStream(RecordIterator<T> records, ToIntFunction<T> key) throws IOException {
        this.records = records;
        this.key = key;
        this.head = records.next();
    }

    /** The key of the next record, or {@link #END}. */
    int headKey() {
        return head == null ? END : key.applyAsInt(head);
    }

    /** The records with this key (empty if the next record has another key), in order. */
    List<T> take(int k) throws IOException {
        List<T> taken = new ArrayList<>(2);
        while (head != null && key.applyAsInt(head) == k) {
            taken.add(head);
            head = records.next();
        }
        return taken;
    }
}
