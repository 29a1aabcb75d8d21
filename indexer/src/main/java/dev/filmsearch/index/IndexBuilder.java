package dev.filmsearch.index;

import dev.filmsearch.schema.Analyzers;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The one owner of the index writers of a build: opens a fresh index in a build folder, adds documents, and
 * commits with the build's metadata (see {@link IndexMetadata}). Documents are numbered in the order given, so a
 * rebuild of the same corpus gives the same index: with several threads, each indexes one contiguous part of the
 * list into its own temporary index, the parts are added in order, and merging keeps that order
 * ({@link LogByteSizeMergePolicy} merges neighbouring segments only). Closing without {@link #commit} leaves
 * nothing usable.
 */
public final class IndexBuilder implements Closeable {
    private final Directory directory;
    private final IndexWriter writer;
    private final int threads;

    public IndexBuilder(Path buildDirectory) throws IOException {
        this(buildDirectory, 1);
    }

    /** @param threads how many threads index at once (parts of the list); 1 indexes on the calling thread */
    public IndexBuilder(Path buildDirectory, int threads) throws IOException {
        this.threads = Math.max(1, threads);
        this.directory = FSDirectory.open(buildDirectory);
        this.writer = new IndexWriter(directory, config(256 / this.threads));
    }

    private static IndexWriterConfig config(int ramBufferMb) {
        return new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(Math.max(32, ramBufferMb))
                .setMergePolicy(new LogByteSizeMergePolicy())
                .setCommitOnClose(false);
    }

    /**
     * Maps and adds every item, numbered in list order; {@code progress} hears the number done, on the calling
     * thread, every 1,000 items (one thread) or about five times a second (several).
     */
    public <T> void addAll(List<T> items, Function<T, Document> toDocument, LongConsumer progress) throws IOException {
        if (threads == 1 || items.size() < 10_000) {
            long n = 0;
            for (T item : items) {
                writer.addDocument(toDocument.apply(item));
                if (++n % 1000 == 0) {
                    progress.accept(n);
                }
            }
            progress.accept(n);
            return;
        }
        Path parts = Files.createTempDirectory("filmsearch-parts");
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "filmsearch-indexer");
            t.setDaemon(true);
            return t;
        });
        AtomicLong done = new AtomicLong();
        List<Directory> partDirectories = new ArrayList<>();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int p = 0; p < threads; p++) {
                List<T> part = items.subList(items.size() * p / threads, items.size() * (p + 1) / threads);
                Directory partDirectory = FSDirectory.open(parts.resolve(Integer.toString(p)));
                partDirectories.add(partDirectory);
                workers.add(pool.submit(() -> {
                    try (IndexWriter partWriter = new IndexWriter(partDirectory, config(256 / threads))) {
                        for (T item : part) {
                            partWriter.addDocument(toDocument.apply(item));
                            done.incrementAndGet();
                        }
                        partWriter.commit();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                await(worker, () -> progress.accept(done.get()));
            }
            progress.accept(done.get());
            writer.addIndexes(partDirectories.toArray(Directory[]::new));
        } finally {
            pool.shutdownNow();
            for (Directory d : partDirectories) {
                d.close();
            }
            IndexLayout.deleteTree(parts);
        }
    }

    private static void await(Future<?> worker, Runnable tick) throws IOException {
        while (true) {
            try {
                worker.get(200, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                tick.run();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
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
