package dev.filmsearch.corpus.rows;

import dev.filmsearch.corpus.CollectingSink;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.FormatReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The tiny fixture files under src/test/resources/rows, read as the indexer would. */
public final class RowFixtures {
    private RowFixtures() {
    }

    /** The fixture folder. */
    public static Path folder() {
        try {
            return Path.of(RowFixtures.class.getResource("/rows").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository's root: {@code filmsearch.project.dir}, else the first folder above this one with a pom and docs/. */
    public static Path projectFolder() {
        String project = System.getProperty("filmsearch.project.dir");
        if (project != null) {
            return Path.of(project);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("the project folder is not above " + Path.of("").toAbsolutePath());
    }

    /** The source of one fixture file, with its mapping file if it has one. */
    public static CorpusSource source(String file) {
        return SharedCorpusFixture.source(folder(), file);
    }

    /** Everything the reader makes of a source. */
    public static CollectingSink read(FormatReader reader, CorpusSource source) {
        CollectingSink sink = new CollectingSink();
        try {
            reader.read(source, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /** Everything the reader makes of one fixture file. */
    public static CollectingSink read(FormatReader reader, String file) {
        return read(reader, source(file));
    }
}
