package dev.filmsearch.server.search;

/**
 * Why a film matched beyond its own fields: the review or quote of the film that best matched the words.
 * {@code text} is an HTML fragment of its text (a quote's whole text, a review's best passage, else its headline)
 * where matched words are wrapped in {@code <mark>} and all else is escaped; {@code speaker} is set for a quote
 * that names one, {@code author} for a review that names one; {@code matches} is how many of the film's reviews
 * and quotes matched the words.
 */
public record Evidence(String type, String id, String text, String speaker, String author, int matches) {
}
