package dev.filmsearch.model;

/** One record of a film catalogue: what the corpus readers produce and the index stores. */
public sealed interface CatalogRecord permits Film, Person, Review, Quote {
    String id();

    RecordType type();
}
