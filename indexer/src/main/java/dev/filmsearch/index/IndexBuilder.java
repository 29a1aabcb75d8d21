package dev.filmsearch.index;

import dev.filmsearch.schema.Analyzers;
import dev.filmsearch.schema.Fields;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The one owner of the index writer of a build: opens a fresh index in a build folder, adds documents, and
 * commits with the build's metadata (see {@link IndexMetadata}). Documents are numbered in the order given, so a
 * rebuild of the same corpus gives the same index, however many threads add them: each document carries its
 * position ({@link Fields#ORDER}) and the index is sorted by it, so segments and the final merge keep that order.
 * Items are pulled from a {@link Source} one at a time, never held all at once. Closing without {@link #commit}
 * leaves nothing usable.
 */
public final class IndexBuilder implements Closeable {
    private static final int BATCH = 256;

    /** Where items come from: {@link #next()} gives the next one, or null at the end. */
    @FunctionalInterface
    public interface Source<T> {
        T next() throws IOException;

        static <T> Source<T> of(List<T> items) {
            Iterator<T> it = items.iterator();
            return () -> it.hasNext() ? it.next() : null;
        }
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final int threads;

    public IndexBuilder(Path buildDirectory) throws IOException {
        this(buildDirectory, 1);
    }

    /** @param threads how many threads turn items into documents and add them; 1 does it on the calling thread */
    public IndexBuilder(Path buildDirectory, int threads) throws IOException {
        this.threads = Math.max(1, threads);
        this.directory = FSDirectory.open(buildDirectory);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(ramBufferMb())
                .setIndexSort(new Sort(new SortField(Fields.ORDER, SortField.Type.LONG)))
                .setCommitOnClose(false));
    }

    /** 256 MB, or a quarter of the heap when that is less, so small heaps flush early instead of failing. */
    static double ramBufferMb() {
        return Math.max(8, Math.min(256, Runtime.getRuntime().maxMemory() / 4 / (1 << 20)));
    }

    /** {@link #addAll(Source, Function, LongConsumer)} over a list. */
    public <T> long addAll(List<T> items, Function<T, Document> toDocument, LongConsumer progress) throws IOException {
        return addAll(Source.of(items), toDocument, progress);
    }

    /**
     * Maps and adds every item, numbered in the order given; {@code progress} hears the number done, on the
     * calling thread, every 1,000 items (one thread) or about five times a second (several).
     *
     * @return the number of documents added
     */
    public <T> long addAll(Source<T> items, Function<T, Document> toDocument, LongConsumer progress)
            throws IOException {
        if (threads == 1) {
            long n = 0;
            for (T item = items.next(); item != null; item = items.next()) {
                add(toDocument.apply(item), n);
                if (++n % 1000 == 0) {
                    progress.accept(n);
                }
            }
            progress.accept(n);
            return n;
        }
        return addInParallel(items, toDocument, progress);
    }

    private void add(Document doc, long position) throws IOException {
        doc.add(new NumericDocValuesField(Fields.ORDER, position));
        writer.addDocument(doc);
    }

    private record Batch<T>(long first, List<T> items) {
    }

    /** The calling thread reads batches of items; worker threads map and add them. */
    private <T> long addInParallel(Source<T> items, Function<T, Document> toDocument, LongConsumer progress)
            throws IOException {
        BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(threads * 4);
        Batch<T> end = new Batch<>(-1, List.of());
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "filmsearch-indexer");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                for (Batch<T> b = queue.take(); b != end; b = queue.take()) {
                    for (int j = 0; j < b.items().size(); j++) {
                        add(toDocument.apply(b.items().get(j)), b.first() + j);
                    }
                    done.addAndGet(b.items().size());
                }
                return null;
            }));
        }
        long n = 0;
        long lastReport = System.nanoTime();
        try {
            List<T> batch = new ArrayList<>(BATCH);
            for (T item = items.next(); item != null; item = items.next()) {
                batch.add(item);
                if (batch.size() == BATCH) {
                    offer(queue, new Batch<>(n, batch), workers);
                    n += batch.size();
                    batch = new ArrayList<>(BATCH);
                    if (System.nanoTime() - lastReport > 200_000_000L) {
                        progress.accept(done.get());
                        lastReport = System.nanoTime();
                    }
                }
            }
            if (!batch.isEmpty()) {
                offer(queue, new Batch<>(n, batch), workers);
                n += batch.size();
            }
            for (int i = 0; i < threads; i++) {
                offer(queue, end, workers);
            }
            for (Future<?> worker : workers) {
                await(worker, () -> progress.accept(done.get()));
            }
            progress.accept(done.get());
            return n;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Queues a batch, failing fast when a worker has failed. */
    private static <T> void offer(BlockingQueue<T> queue, T batch, List<Future<?>> workers) throws IOException {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                for (Future<?> w : workers) {
                    if (w.isDone()) {
                        await(w, () -> { });
                        throw new IllegalStateException("an indexing thread stopped early");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("index build interrupted", e);
        }
    }

    private static void await(Future<?> worker, Runnable tick) throws IOException {
        while (true) {
            try {
                worker.get(200, TimeUnit.MILLISECONDS);
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                tick.run();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof UncheckedIOException uio) {
                    throw uio.getCause();
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("index build interrupted", e);
            }
        }
    }

    /** Merges down to one segment (the index is read-only once built) and commits with the given metadata. */
    public void commit(Map<String, String> metadata) throws IOException {
        writer.forceMerge(1);
        writer.setLiveCommitData(metadata.entrySet());
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
