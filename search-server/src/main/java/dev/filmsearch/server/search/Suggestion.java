package dev.filmsearch.server.search;

/** An as-you-type completion: a film or a person. */
public record Suggestion(String type, String id, String label, Integer year) {
}
