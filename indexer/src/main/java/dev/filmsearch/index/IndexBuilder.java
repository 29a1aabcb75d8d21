package dev.filmsearch.index;

import dev.filmsearch.schema.Analyzers;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * The one owner of the index writers of a build: opens a fresh index in a build folder, adds documents, and
 * commits with the build's metadata (see {@link IndexMetadata}). Documents are numbered in the order given, so a
 * rebuild of the same corpus gives the same index: the items come as consecutive parts (a build's record types),
 * each pulled from its {@link Source} one at a time, never held all at once; with several threads, each part is
 * indexed into its own temporary index, the parts are added in order, and merging keeps that order
 * ({@link LogByteSizeMergePolicy} merges neighbouring segments only). Closing without {@link #commit} leaves
 * nothing usable.
 */
public final class IndexBuilder implements Closeable {
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
    private final Path partsRoot;

    public IndexBuilder(Path buildDirectory) throws IOException {
        this(buildDirectory, 1, null);
    }

    /**
     * @param threads how many parts are indexed at once; 1 indexes everything on the calling thread
     * @param partsRoot where the parts' temporary indexes go (deleted at the end), null for a temporary folder
     */
    public IndexBuilder(Path buildDirectory, int threads, Path partsRoot) throws IOException {
        this.threads = Math.max(1, threads);
        this.partsRoot = partsRoot;
        this.directory = buildDirectory(buildDirectory);
        this.writer = new IndexWriter(directory, config(ramBufferMb()));
    }

    /**
     * A folder a build writes and merges: read with positional reads ({@link NIOFSDirectory}), not memory-mapped.
     * A build reads each segment once, in order, when it merges; mapped, every page of the segments merged counts
     * in the process's resident memory (file-backed, droppable, but RSS all the same: 2.1 GiB of the 3.9 GiB peak
     * of a 2M-title build). Searching an index maps it ({@code FSDirectory.open}), as random reads want.
     */
    static Directory buildDirectory(Path path) throws IOException {
        return new NIOFSDirectory(path);
    }

    private static IndexWriterConfig config(double ramBufferMb) {
        return new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(ramBufferMb)
                .setMergePolicy(new LogByteSizeMergePolicy())
                .setCommitOnClose(false);
    }

    /** 256 MB, or a quarter of the heap when that is less, so small heaps flush early instead of failing. */
    static double ramBufferMb() {
        return Math.max(8, Math.min(256, Runtime.getRuntime().maxMemory() / 4 / (1 << 20)));
    }

    /** {@link #addParts} of one list. */
    public <T> long addAll(List<T> items, Function<T, Document> toDocument, LongConsumer progress) throws IOException {
        return addParts(List.of(Source.of(items)), toDocument, progress);
    }

    /**
     * Maps and adds every item of every part, numbered part by part in the order given; {@code progress} hears the
     * number done, on the calling thread, every 1,000 items (one thread) or about five times a second (several).
     *
     * @return the number of documents added
     */
    public <T> long addParts(List<Source<T>> parts, Function<T, Document> toDocument, LongConsumer progress)
            throws IOException {
        if (threads == 1 || parts.size() == 1) {
            long n = 0;
            for (Source<T> part : parts) {
                for (T item = part.next(); item != null; item = part.next()) {
                    writer.addDocument(toDocument.apply(item));
                    if (++n % 1000 == 0) {
                        progress.accept(n);
                    }
                }
            }
            progress.accept(n);
            return n;
        }
        return addInParallel(parts, toDocument, progress);
    }

    private <T> long addInParallel(List<Source<T>> parts, Function<T, Document> toDocument, LongConsumer progress)
            throws IOException {
        Path root = partsRoot != null ? partsRoot : Files.createTempDirectory("filmsearch-parts");
        IndexLayout.deleteTree(root);
        Files.createDirectories(root);
        int poolSize = Math.min(threads, parts.size());
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, task -> {
            Thread t = new Thread(task, "filmsearch-indexer");
            t.setDaemon(true);
            return t;
        });
        AtomicLong done = new AtomicLong();
        List<Directory> partDirectories = new ArrayList<>();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int p = 0; p < parts.size(); p++) {
                Source<T> part = parts.get(p);
                Directory partDirectory = buildDirectory(root.resolve(Integer.toString(p)));
                partDirectories.add(partDirectory);
                workers.add(pool.submit(() -> {
                    try (IndexWriter partWriter = new IndexWriter(partDirectory, config(ramBufferMb() / poolSize))) {
                        for (T item = part.next(); item != null; item = part.next()) {
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
            return done.get();
        } finally {
            pool.shutdownNow();
            for (Directory d : partDirectories) {
                d.close();
            }
            IndexLayout.deleteTree(root);
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
