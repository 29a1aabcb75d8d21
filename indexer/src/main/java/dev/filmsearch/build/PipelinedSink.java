package dev.filmsearch.build;

import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.CatalogRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.UnaryOperator;

/**
 * Runs a reader and the catalogue on two threads: the reader (parsing, and the {@code prepare} step, e.g.
 * normalisation) on the caller's thread, the downstream sink (the catalogue) on a thread of its own. What the
 * reader gives, records and problems alike, reaches the downstream sink in the order it was given, in batches of
 * {@link #BATCH} through a queue of {@link #QUEUE} batches, so memory stays bounded and the catalogue sees exactly
 * the sequence it would have seen on one thread. The downstream sink is only ever called by the one thread, and,
 * after {@link #close}, by the caller again.
 *
 * <p>A failure downstream stops the pipeline: later records are dropped, and {@link #close} rethrows it.
 */
final class PipelinedSink implements RecordSink, AutoCloseable {
    static final int BATCH = 256;
    static final int QUEUE = 4;
    private static final List<Object> END = List.of();

    private final RecordSink downstream;
    private final UnaryOperator<CatalogRecord> prepare;
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread consumer;
    private volatile RuntimeException failure;
    private List<Object> batch = new ArrayList<>(BATCH);
    private boolean closed;

    PipelinedSink(RecordSink downstream, UnaryOperator<CatalogRecord> prepare, String threadName) {
        this.downstream = downstream;
        this.prepare = prepare;
        this.consumer = Thread.ofPlatform().name(threadName).daemon().unstarted(this::consume);
        consumer.start();
    }

    @Override
    public void accept(CatalogRecord record) {
        add(prepare.apply(record));
    }

    @Override
    public void reject(Problem problem) {
        add(problem);
    }

    private void add(Object event) {
        if (failure != null) {
            return;
        }
        batch.add(event);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void hand(List<Object> events) {
        try {
            queue.put(events);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing records to the catalogue", e);
        }
    }

    private void consume() {
        try {
            for (List<Object> events = queue.take(); events != END; events = queue.take()) {
                if (failure != null) {
                    continue;
                }
                try {
                    for (Object event : events) {
                        if (event instanceof CatalogRecord r) {
                            downstream.accept(r);
                        } else {
                            downstream.reject((Problem) event);
                        }
                    }
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands the last batch on and waits until the downstream sink has taken everything; rethrows its failure. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!batch.isEmpty() && failure == null) {
            hand(batch);
        }
        batch = List.of();
        hand(END);
        try {
            consumer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the catalogue", e);
        }
        if (failure != null) {
            throw failure;
        }
    }
}
