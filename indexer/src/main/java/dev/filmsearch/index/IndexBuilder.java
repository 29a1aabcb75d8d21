package dev.filmsearch.index;

import dev.filmsearch.schema.Analyzers;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The one owner of an {@link IndexWriter}: opens a fresh index in a build folder, adds documents in the order
 * given (one thread, so document numbers follow the catalogue and a rebuild of the same corpus gives the same
 * index), and commits with the build's metadata (see {@link IndexMetadata}). Closing without {@link #commit}
 * leaves nothing usable.
 */
public final class IndexBuilder implements Closeable {
    private final Directory directory;
    private final IndexWriter writer;

    public IndexBuilder(Path buildDirectory) throws IOException {
        this.directory = FSDirectory.open(buildDirectory);
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256)
                .setCommitOnClose(false);
        this.writer = new IndexWriter(directory, config);
    }

    /** Maps and adds every item in order; {@code progress} hears the number done every 1,000 items and at the end. */
    public <T> void addAll(List<T> items, Function<T, Document> toDocument, LongConsumer progress) throws IOException {
        long n = 0;
        for (T item : items) {
            writer.addDocument(toDocument.apply(item));
            if (++n % 1000 == 0) {
                progress.accept(n);
            }
        }
        progress.accept(n);
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
