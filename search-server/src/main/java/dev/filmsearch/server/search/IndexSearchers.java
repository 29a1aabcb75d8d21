package dev.filmsearch.server.search;

import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.index.IndexMetadata;
import dev.filmsearch.index.ReaderLease;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of the searchers: a {@link SearcherManager} over the current index generation. Requests
 * {@link #acquire()} a searcher and {@link #release} it in a finally block; {@link #swap} points new requests at
 * a new generation atomically while requests under way finish on the old one, which is closed when the last
 * of them releases it.
 */
public final class IndexSearchers implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSearchers.class);
    private final AtomicReference<Generation> current = new AtomicReference<>();

    /** A generation's manager and the metadata its build recorded. */
    public record Generation(Path path, Directory directory, SearcherManager manager, IndexMetadata metadata) {
    }

    public IndexSearchers(Path generation) throws IOException {
        current.set(open(generation));
    }

    /**
     * Opens a generation under a {@link ReaderLease}, so that no writer (another build, another server's reindex)
     * deletes it while it is served; the lease is given back when its reader closes, that is when it has been
     * swapped out and the last request on it has released it.
     */
    private static Generation open(Path path) throws IOException {
        ReaderLease lease = lease(path);
        Directory dir = null;
        try {
            dir = FSDirectory.open(path);
            SearcherManager manager = new SearcherManager(dir, null);
            IndexSearcher s = manager.acquire();
            IndexMetadata metadata;
            try {
                metadata = IndexMetadata.fromUserData(
                        ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData());
                if (lease != null) {
                    s.getIndexReader().getReaderCacheHelper().addClosedListener(key -> lease.close());
                }
            } finally {
                manager.release(s);
            }
            return new Generation(path, dir, manager, metadata);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(dir, lease);
            throw e;
        }
    }

    /** A lease on the generation, or null where the index folder cannot be written (no writer can delete it). */
    private static ReaderLease lease(Path generation) throws IOException {
        try {
            return new IndexLayout(generation.toAbsolutePath().getParent()).lease(generation);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (FileSystemException e) {
            // read-only or not ours (permission denied): no writer can delete the generation either
            LOG.warn("serving {} without a reader lease, as its folder cannot be written: {}", generation,
                    e.getMessage());
            return null;
        }
    }

    /** A searcher over the current generation together with the generation it came from; release it after use. */
    public record Lease(IndexSearcher searcher, Generation generation) implements Closeable {
        @Override
        public void close() throws IOException {
            generation.manager().release(searcher);
        }
    }

    /** Use as {@code try (Lease lease = searchers.acquire()) { … }}. */
    public Lease acquire() throws IOException {
        while (true) {
            Generation g = current.get();
            try {
                return new Lease(g.manager().acquire(), g);
            } catch (org.apache.lucene.store.AlreadyClosedException e) {
                if (current.get() == g) {
                    throw e;
                }
                // swapped and closed between get() and acquire(): retry on the new generation
            }
        }
    }

    public Generation current() {
        return current.get();
    }

    /** Makes a new index generation current. Searches under way finish on the old one. */
    public void swap(Path generation) throws IOException {
        Generation next = open(generation);
        Generation old = current.getAndSet(next);
        closeQuietly(old);
    }

    private static void closeQuietly(Generation g) throws IOException {
        // SearcherManager.close() only drops its own reference; leased searchers keep the reader open until
        // they are released, so closing here never breaks a request under way.
        try {
            g.manager().close();
        } finally {
            g.directory().close();
        }
    }

    @Override
    public void close() throws IOException {
        closeQuietly(current.get());
    }
}
