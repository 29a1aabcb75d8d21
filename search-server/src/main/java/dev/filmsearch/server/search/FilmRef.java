package dev.filmsearch.server.search;

/** The film a review or quote belongs to. */
public record FilmRef(String id, String title, Integer year) {
}
