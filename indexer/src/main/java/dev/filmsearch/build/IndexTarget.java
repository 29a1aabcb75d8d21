package dev.filmsearch.build;

import dev.filmsearch.catalog.CatalogContents;
import dev.filmsearch.catalog.LinkedRecord;
import dev.filmsearch.index.DocumentMapper;
import dev.filmsearch.index.IndexBuilder;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.index.IndexMetadata;
import dev.filmsearch.model.RecordType;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The embedded engine's target: a new generation of an index folder ({@link IndexLayout}), indexed on every core
 * ({@link IndexBuilder}) and switched in only when complete. The folder's lock file keeps a second build out; the
 * catalogue store, the parts indexed at once and the build report live in the folder too.
 */
public final class IndexTarget implements BuildTarget {
    private final IndexLayout layout;

    public IndexTarget(IndexLayout layout) {
        this.layout = layout;
    }

    @Override
    public Path workFolder() {
        return layout.root();
    }

    @Override
    public Closeable lock() throws CorpusException {
        Path root = layout.root();
        try {
            return layout.lockForWriting()::close;
        } catch (IndexLayout.WriterBusyException e) {
            throw new CorpusException("another build is writing the index folder " + root + "; try again when it ends");
        } catch (AccessDeniedException e) {
            throw new CorpusException("index folder " + root + " cannot be written (permission denied)", e);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                    ? fse.getReason().toLowerCase(Locale.ROOT) : IndexBuild.message(e);
            throw new CorpusException("index folder " + root + " cannot be written: " + reason, e);
        }
    }

    /** @return the folder of the new current generation */
    @Override
    public Written.Generation write(CatalogContents contents, Path corpus, Instant builtAt, BuildListener listener)
            throws IOException {
        Path buildDir = layout.newBuildDirectory();
        DocumentMapper mapper = new DocumentMapper();
        listener.phase("indexing", contents.estimatedSize());
        List<CatalogContents.Cursor> parts = new ArrayList<>();
        try (IndexBuilder builder = new IndexBuilder(buildDir, Runtime.getRuntime().availableProcessors(),
                layout.root().resolve(IndexBuild.PARTS_FOLDER))) {
            for (RecordType type : RecordType.values()) {
                parts.add(contents.records(type));
            }
            builder.addParts(parts.stream().<IndexBuilder.Source<LinkedRecord>>map(c -> c::next).toList(),
                    mapper::toDocument, listener::progress);
            listener.phase("finishing", 1);
            Map<RecordType, Integer> counts = new EnumMap<>(contents.counts());
            builder.commit(new IndexMetadata(builtAt, IndexMetadata.filmsearchVersion(),
                    IndexMetadata.SCHEMA_VERSION, corpus.toAbsolutePath().normalize().toString(), counts).toUserData());
        } finally {
            parts.forEach(CatalogContents.Cursor::close);
        }
        return new Written.Generation(layout.publish(buildDir));
    }
}
