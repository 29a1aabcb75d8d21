package dev.filmsearch.server.records;

import dev.filmsearch.model.Film;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Review;

/**
 * A film with everything the catalogue knows about it: the film record (credits, cast, related films), its most
 * helpful reviews and its quotes.
 */
public record FilmPage(Film film, Listing<Review> reviews, Listing<Quote> quotes) {
}
