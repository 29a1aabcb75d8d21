package dev.filmsearch.catalog;

import dev.filmsearch.model.RecordType;
import java.util.Map;

/** What the catalogue did: records read per type (before merging), and how many reviews/quotes found their film. */
public record CatalogStats(Map<RecordType, Integer> read, int reviewsAttached, int quotesAttached) {
    public CatalogStats {
        read = Map.copyOf(read);
    }
}
