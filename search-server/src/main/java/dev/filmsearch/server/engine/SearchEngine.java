package dev.filmsearch.server.engine;

import dev.filmsearch.server.records.FilmPage;
import dev.filmsearch.server.records.PersonPage;
import dev.filmsearch.server.records.QuotePage;
import dev.filmsearch.server.records.ReviewPage;
import dev.filmsearch.server.search.FacetValue;
import dev.filmsearch.server.search.SearchRequest;
import dev.filmsearch.server.search.SearchResponse;
import dev.filmsearch.server.search.Suggestion;
import dev.filmsearch.server.search.TimeBudget;
import java.util.List;
import java.util.Optional;

/**
 * Everything the HTTP layer and the web page ask of the index that serves them, whichever engine holds it: the
 * embedded Lucene index ({@link EmbeddedEngine}) or, later, an OpenSearch cluster. Answers are the API's own
 * records, so the JSON is the same for every engine. Every call runs within a {@link TimeBudget} started when its
 * request started. Thread-safe.
 */
public interface SearchEngine {
    /** A budget of this engine's configured length, from now: start one when a request starts. */
    TimeBudget startBudget();

    /**
     * @throws dev.filmsearch.server.search.BadQueryException when {@code q} cannot be read (the message says why)
     * @throws dev.filmsearch.server.search.BudgetExceededException when the budget runs out before any hit is found
     */
    SearchResponse search(SearchRequest request, TimeBudget budget);

    /** Up to {@code limit} films and people whose title or name has words starting with the prefix. */
    List<Suggestion> suggest(String prefix, int limit, TimeBudget budget);

    /** Values of one facet (one of {@code SearchService.FACETS}) starting with {@code prefix}, with counts. */
    List<FacetValue> facetValues(String facet, String prefix, int limit, TimeBudget budget);

    Optional<FilmPage> film(String id, TimeBudget budget);

    Optional<PersonPage> person(String id, TimeBudget budget);

    Optional<ReviewPage> review(String id, TimeBudget budget);

    Optional<QuotePage> quote(String id, TimeBudget budget);

    /** What is served now: for the health route and the metrics. */
    IndexStatus status();
}
