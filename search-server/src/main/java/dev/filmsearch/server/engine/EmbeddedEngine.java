package dev.filmsearch.server.engine;

import dev.filmsearch.server.records.FilmPage;
import dev.filmsearch.server.records.PersonPage;
import dev.filmsearch.server.records.QuotePage;
import dev.filmsearch.server.records.RecordService;
import dev.filmsearch.server.records.ReviewPage;
import dev.filmsearch.server.search.FacetValue;
import dev.filmsearch.server.search.IndexSearchers;
import dev.filmsearch.server.search.SearchRequest;
import dev.filmsearch.server.search.SearchResponse;
import dev.filmsearch.server.search.SearchService;
import dev.filmsearch.server.search.Suggestion;
import dev.filmsearch.server.search.TimeBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The embedded engine: the Lucene index generation that {@link IndexSearchers} holds (swapped by a reindex),
 * searched by {@link SearchService} and read into record pages by {@link RecordService}.
 */
public final class EmbeddedEngine implements SearchEngine {
    private final IndexSearchers searchers;
    private final SearchService search;
    private final RecordService records;

    public EmbeddedEngine(IndexSearchers searchers, SearchService search) {
        this.searchers = searchers;
        this.search = search;
        this.records = new RecordService(searchers);
    }

    @Override
    public TimeBudget startBudget() {
        return search.startBudget();
    }

    @Override
    public SearchResponse search(SearchRequest request, TimeBudget budget) {
        return search.search(request, budget);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit, TimeBudget budget) {
        return search.suggest(prefix, limit, budget);
    }

    @Override
    public List<FacetValue> facetValues(String facet, String prefix, int limit, TimeBudget budget) {
        return search.facetValues(facet, prefix, limit, budget);
    }

    @Override
    public Optional<FilmPage> film(String id, TimeBudget budget) {
        return records.film(id, budget);
    }

    @Override
    public Optional<PersonPage> person(String id, TimeBudget budget) {
        return records.person(id, budget);
    }

    @Override
    public Optional<ReviewPage> review(String id, TimeBudget budget) {
        return records.review(id, budget);
    }

    @Override
    public Optional<QuotePage> quote(String id, TimeBudget budget) {
        return records.quote(id, budget);
    }

    /** The served generation: its folder name, its commit's metadata and its files' bytes on disk. */
    @Override
    public IndexStatus status() {
        IndexSearchers.Generation generation = searchers.current();
        return new IndexStatus(generation.path().getFileName().toString(), generation.metadata(),
                sizeBytes(generation.path()));
    }

    private static long sizeBytes(Path generation) {
        try (Stream<Path> files = Files.list(generation)) {
            long total = 0;
            for (Path file : (Iterable<Path>) files::iterator) {
                total += sizeOf(file);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + generation, e);
        }
    }

    private static long sizeOf(Path file) throws IOException {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (NoSuchFileException e) {
            return 0; // a merge or a prune removed it while we looked
        }
    }
}
