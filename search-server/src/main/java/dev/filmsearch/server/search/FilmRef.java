package dev.filmsearch.server.search;

/**
 * The film a review or quote belongs to, as the catalogue attached it or, when {@code inCatalogue} is false, as
 * its source named it: a title and year, or only an id (an IMDb {@code tt} id; title and year null), or neither.
 */
public record FilmRef(String id, String title, Integer year, boolean inCatalogue) {
}
