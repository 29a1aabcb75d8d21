package dev.filmsearch.server;

import dev.filmsearch.server.search.SearchRequest;
import dev.filmsearch.server.search.SearchService;
import dev.filmsearch.server.search.SortOrder;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few searches run after the server starts answering, and before a reindex swaps a new generation in: the
 * first real queries then do not pay for class loading, compilation and the new reader's caches, and do not run
 * out of their time budget. Before the server answers, only {@link #once}.
 */
final class SearchWarmup implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchWarmup.class);
    private static final List<String> QUERIES = List.of("", "the film", "documentary", "a*");
    private static final int ROUNDS = 3;
    /** The search of {@link #once}: a typo, so that the fuzzy and did-you-mean paths run too. */
    private static final String FIRST = "documentery film";

    private final SearchService search;

    SearchWarmup(SearchService search) {
        this.search = search;
    }

    /**
     * One search and one suggestion, before the server answers anyone: the first real search then does not load
     * the search path's classes within its time budget. Words that few records have, so it costs about the same
     * on any index; the full warm-up ({@link #run}) follows once the server answers.
     */
    void once() {
        try {
            search.search(new SearchRequest(FIRST, Set.of(), List.of(), List.of(), null, List.of(), SortOrder.RELEVANCE,
                    1, 10));
            search.suggest("th", 8);
        } catch (RuntimeException e) {
            LOG.warn("search warm-up failed: {}", e.toString());
        }
    }

    @Override
    public void run() {
        try {
            for (int round = 0; round < ROUNDS; round++) {
                for (String q : QUERIES) {
                    search.search(new SearchRequest(q, Set.of(), List.of(), List.of(), null, List.of(),
                            SortOrder.RELEVANCE, 1, 10));
                }
                search.suggest("th", 8);
                search.facetValues("director", "", 5);
            }
        } catch (RuntimeException e) {
            // a warm-up is an optimisation: the server answers without it
            LOG.warn("search warm-up failed: {}", e.toString());
        }
    }
}
