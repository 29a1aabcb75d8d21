package dev.filmsearch.model;

/** One film in a person's filmography: the role (director, writer, actor, …) and the character, if any. */
public record PersonFilm(String filmId, String title, Integer year, String role, String character) {
}
