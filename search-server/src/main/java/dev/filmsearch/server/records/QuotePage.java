package dev.filmsearch.server.records;

import dev.filmsearch.model.Quote;

/** One quote (its film is named by {@code filmId}, {@code filmTitle} and {@code filmYear}). */
public record QuotePage(Quote quote) {
}
