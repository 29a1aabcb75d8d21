package dev.filmsearch.server.search;

/**
 * How the search service behaves: {@code timeBudgetMillis} per request, on every route that reads the index (0 or
 * less: no time is allowed, every request runs out of it; use {@link #NO_BUDGET} for none), {@code facetSize} values per facet (director and
 * genre; type, rating and decade list all their values that have hits).
 */
public record SearchConfig(long timeBudgetMillis, int facetSize) {
    public static final long NO_BUDGET = Long.MAX_VALUE;

    public SearchConfig {
        if (facetSize < 1) {
            throw new IllegalArgumentException("facetSize must be at least 1, not " + facetSize);
        }
    }

    /** 500 ms per search, 20 values per facet. */
    public static SearchConfig defaults() {
        return new SearchConfig(500, 20);
    }

    /** A {@link TimeBudget} of {@code timeBudgetMillis} from now. */
    public TimeBudget startBudget() {
        return TimeBudget.start(timeBudgetMillis);
    }

    public SearchConfig withTimeBudgetMillis(long millis) {
        return new SearchConfig(millis, facetSize);
    }
}
