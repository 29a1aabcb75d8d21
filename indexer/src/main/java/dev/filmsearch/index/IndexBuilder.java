package dev.filmsearch.index;

import dev.filmsearch.schema.Analyzers;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The one owner of an {@link IndexWriter}: opens a fresh index in a build folder, takes documents, and commits
 * with the build's metadata (see {@link IndexMetadata}). Closing without {@link #commit} leaves nothing usable.
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

    public void add(Document document) throws IOException {
        writer.addDocument(document);
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
