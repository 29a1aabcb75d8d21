package dev.filmsearch.server.records;

import dev.filmsearch.model.Review;

/** One review (its film is named by {@code filmId}, {@code filmTitle} and {@code filmYear}). */
public record ReviewPage(Review review) {
}
