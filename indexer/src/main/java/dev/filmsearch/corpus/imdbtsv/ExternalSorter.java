package dev.filmsearch.corpus.imdbtsv;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts any number of records while holding at most {@code bufferRecords} of them: a full buffer is sorted
 * and written to a run file; {@link #sorted()} merges the runs, at most {@value #FAN_IN} at a time (with more
 * runs, it first merges the fewest records it can until {@value #FAN_IN} runs are left: {@link #reduce}).
 * Records that fit in one buffer never touch the disk. Equal records keep the order they were added in. Single
 * use: add everything, then call {@link #sorted()} once.
 */
final class ExternalSorter<T> implements Closeable {
    static final int FAN_IN = 64;
    private static final int IO_BUFFER = 1 << 15;

    /** How a record is written to and read back from a run file. */
    interface Codec<T> {
        void write(DataOutputStream out, T record) throws IOException;

        T read(DataInputStream in) throws IOException;
    }

    private record Run(Path file, long count) {
    }

    private final Comparator<? super T> order;
    private final Codec<T> codec;
    private final int bufferRecords;
    private final TempFiles temp;
    private final List<T> buffer = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    private int peakBuffered;
    private int runsWritten;
    private long recordsRemerged;
    private boolean done;

    ExternalSorter(Comparator<? super T> order, Codec<T> codec, int bufferRecords, TempFiles temp) {
        if (bufferRecords < 1) {
            throw new IllegalArgumentException("bufferRecords must be at least 1");
        }
        this.order = order;
        this.codec = codec;
        this.bufferRecords = bufferRecords;
        this.temp = temp;
    }

    void add(T record) throws IOException {
        if (done) {
            throw new IllegalStateException("sorted() was already called");
        }
        buffer.add(record);
        peakBuffered = Math.max(peakBuffered, buffer.size());
        if (buffer.size() >= bufferRecords) {
            spillBuffer();
        }
    }

    /** The most records ever held in memory at once (never more than {@code bufferRecords}). */
    int peakBuffered() {
        return peakBuffered;
    }

    /** How many run files were written, including those of intermediate merges. */
    int runsWritten() {
        return runsWritten;
    }

    /** How many records intermediate merges wrote again (0 with at most {@value #FAN_IN} runs). */
    long recordsRemerged() {
        return recordsRemerged;
    }

    /** All records added, in order. The caller closes the iterator; {@link #close()} removes the run files. */
    RecordIterator<T> sorted() throws IOException {
        done = true;
        if (runs.isEmpty()) {
            buffer.sort(order);
            return inMemory(buffer);
        }
        if (!buffer.isEmpty()) {
            spillBuffer();
        }
        while (runs.size() > FAN_IN) {
            reduce();
        }
        return new Merge(new ArrayList<>(runs));
    }

    /**
     * One intermediate merge: the {@code k} consecutive runs with the fewest records between them become one run in
     * their place, {@code k} as large as a merge may be but no larger than it takes to leave {@value #FAN_IN} runs.
     * Only consecutive runs are merged, so equal records keep their order; and the smallest ones, so that records
     * already merged once are rarely written again. 98 runs of equal size: 35 of them are merged once, and the
     * final merge reads the 64 left (merging all 98 in groups of 64 would write every record twice).
     */
    private void reduce() throws IOException {
        int k = Math.min(FAN_IN, runs.size() - FAN_IN + 1);
        int best = 0;
        long bestCount = Long.MAX_VALUE;
        long window = 0;
        for (int i = 0; i < runs.size(); i++) {
            window += runs.get(i).count();
            if (i >= k) {
                window -= runs.get(i - k).count();
            }
            if (i >= k - 1 && window < bestCount) {
                bestCount = window;
                best = i - k + 1;
            }
        }
        List<Run> group = new ArrayList<>(runs.subList(best, best + k));
        Run merged;
        try (Merge merge = new Merge(group)) {
            merged = write(merge, bestCount);
        }
        recordsRemerged += bestCount;
        runs.subList(best, best + k).clear();
        runs.add(best, merged);
        for (Run r : group) {
            Files.deleteIfExists(r.file());
        }
    }

    @Override
    public void close() throws IOException {
        for (Run r : runs) {
            Files.deleteIfExists(r.file());
        }
        runs.clear();
        buffer.clear();
    }

    private void spillBuffer() throws IOException {
        buffer.sort(order);
        try (RecordIterator<T> records = inMemory(buffer)) {
            runs.add(write(records, buffer.size()));
        }
    }

    private RecordIterator<T> inMemory(List<T> records) {
        Iterator<T> it = records.iterator();
        return new RecordIterator<>() {
            @Override
            public T next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public void close() {
                records.clear();
            }
        };
    }

    private Run write(RecordIterator<T> records, long count) throws IOException {
        Path file = temp.newFile();
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), IO_BUFFER))) {
            out.writeLong(count);
            for (T r = records.next(); r != null; r = records.next()) {
                codec.write(out, r);
            }
        }
        runsWritten++;
        return new Run(file, count);
    }

    /** A k-way merge of sorted runs; ties go to the earlier run, which holds the earlier records. */
    private final class Merge implements RecordIterator<T> {
        private record Head<T>(T record, int run) {
        }

        private final List<DataInputStream> inputs = new ArrayList<>();
        private final long[] remaining;
        private final PriorityQueue<Head<T>> heads;

        Merge(List<Run> group) throws IOException {
            remaining = new long[group.size()];
            heads = new PriorityQueue<>(Math.max(1, group.size()), Comparator.<Head<T>, T>comparing(Head::record, order)
                    .thenComparingInt(Head::run));
            try {
                for (int i = 0; i < group.size(); i++) {
                    var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(group.get(i).file()),
                            IO_BUFFER));
                    inputs.add(in);
                    remaining[i] = in.readLong();
                    advance(i);
                }
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private void advance(int run) throws IOException {
            if (remaining[run] > 0) {
                remaining[run]--;
                heads.add(new Head<>(codec.read(inputs.get(run)), run));
            }
        }

        @Override
        public T next() throws IOException {
            Head<T> head = heads.poll();
            if (head == null) {
                return null;
            }
            advance(head.run());
            return head.record();
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (DataInputStream in : inputs) {
                try {
                    in.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
