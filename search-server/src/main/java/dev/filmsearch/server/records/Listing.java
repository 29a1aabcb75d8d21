package dev.filmsearch.server.records;

import java.util.List;

/** The first {@code items} of {@code total}: how a record page lists a film's reviews or quotes. */
public record Listing<T>(int total, List<T> items) {
    public Listing {
        items = List.copyOf(items);
    }
}
