package dev.filmsearch.server.search;

/** One of the films a person hit names as what the person is best known for, with the person's role on it. */
public record KnownFilm(String id, String title, Integer year, String role) {
}
