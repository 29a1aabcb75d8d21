package dev.filmsearch.corpus.rows;

import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * A corpus folder for tests over the shared real data sets (../shared/corpus): symbolic links to the data
 * files, with the repository's mapping files (mappings/shared/FOLDER/NAME.mapping.json) copied beside them, laid
 * out as {@code FOLDER/FILE} like the shared corpus. Nothing is copied but the mapping files.
 */
public final class SharedCorpusFixture {
    /** The shared data files read by the row readers (CSV, JSON Lines, JSON), as "folder/file". */
    public static final List<String> ROW_FILES = List.of(
            "imdb-top-1000/imdb_top_1000.csv",
            "imdb-5000-movie-metadata/movie_metadata.csv",
            "imdb-movie-data-2006-2016/IMDB-Movie-Data.csv",
            "tmdb-5000-movies/tmdb_5000_movies.csv.gz",
            "vega-datasets-movies/movies.json",
            "wikipedia-movie-data/movies.json.gz",
            "muchocine-es-reviews/muchocine_reviews.jsonl.gz",
            "aclimdb-reviews/aclimdb_reviews.jsonl.gz",
            "movie-quotes/movie_quotes.csv");

    private final Path shared;
    private final Path mappings;

    private SharedCorpusFixture(Path shared, Path mappings) {
        this.shared = shared;
        this.mappings = mappings;
    }

    /** The shared corpus named by the system property {@code filmsearch.shared.corpus}; empty when it is absent. */
    public static Optional<SharedCorpusFixture> find() {
        String property = System.getProperty("filmsearch.shared.corpus");
        if (property == null || !Files.isDirectory(Path.of(property))) {
            return Optional.empty();
        }
        return Optional.of(new SharedCorpusFixture(Path.of(property), RowFixtures.projectFolder().resolve("mappings/shared")));
    }

    /** {@link #find()}, or the calling test is skipped (a JUnit assumption) when the shared corpus is absent. */
    public static SharedCorpusFixture require() {
        Optional<SharedCorpusFixture> fixture = find();
        Assumptions.assumeTrue(fixture.isPresent(),
                "../shared/corpus is absent (system property filmsearch.shared.corpus): skipping the shared data tests");
        return fixture.get();
    }

    /** The shared corpus folder. */
    public Path shared() {
        return shared;
    }

    /** A corpus folder made by {@link #build(List)}; closing it removes the folder, the links and the copies. */
    public record Corpus(Path root) implements AutoCloseable {
        /** {@link SharedCorpusFixture#source(Path, String)} for a file of this corpus. */
        public CorpusSource source(String file) {
            return SharedCorpusFixture.source(root, file);
        }

        @Override
        public void close() throws IOException {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path); // a link is removed, never what it points to
                }
            }
        }
    }

    /**
     * {@link #build(Path, List)} in a new temporary folder. JUnit's {@code @TempDir} warns about links that point
     * outside it when it cleans up; this corpus removes itself when closed instead.
     */
    public Corpus build(List<String> files) throws IOException {
        return new Corpus(build(Files.createTempDirectory("filmsearch-shared-corpus"), files));
    }

    /**
     * Lays out {@code target/FOLDER/FILE} as links to the shared files and copies each one's mapping file, if the
     * repository has one, beside it. A file missing from the shared corpus is left out. Returns {@code target}.
     */
    public Path build(Path target, List<String> files) throws IOException {
        for (String file : files) {
            Path data = shared.resolve(file);
            if (!Files.isRegularFile(data)) {
                continue;
            }
            Path link = target.resolve(file);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, data.toAbsolutePath());
            String mappingName = Mapping.fileNameFor(link.getFileName().toString());
            Path mapping = mappings.resolve(file).resolveSibling(mappingName);
            if (Files.isRegularFile(mapping)) {
                Files.copy(mapping, link.resolveSibling(mappingName), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    /**
     * The source for one file of a corpus folder, as the indexer sees it: named by its path under the folder,
     * with the format its extension says and the mapping file beside it, if any.
     */
    public static CorpusSource source(Path corpus, String file) {
        Path path = corpus.resolve(file);
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        String format = name.endsWith(".csv") ? "csv"
                : name.endsWith(".jsonl") || name.endsWith(".ndjson") ? "jsonl"
                : name.endsWith(".json") ? "json" : null;
        if (format == null) {
            throw new IllegalArgumentException(file + " is not a CSV, JSON Lines or JSON file");
        }
        Path mapping = path.resolveSibling(Mapping.fileNameFor(path.getFileName().toString()));
        CorpusFile mappingFile = Files.isRegularFile(mapping)
                ? new CorpusFile(mapping, corpus.relativize(mapping).toString()) : null;
        return new CorpusSource(file, format, List.of(new CorpusFile(path, file)), mappingFile);
    }

}
