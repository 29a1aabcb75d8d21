package dev.filmsearch.server.search;

/** Result order. RELEVANCE is score (then popularity); the others are descending except TITLE (A→Z). */
public enum SortOrder {
    RELEVANCE, RATING, VOTES, YEAR, TITLE
}
