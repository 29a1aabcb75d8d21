package dev.filmsearch.catalog;

import dev.filmsearch.model.RecordType;
import java.util.Map;

/**
 * What the catalogue did: records read per type (before merging), how many reviews/quotes found their film, and
 * the film and people merges per rule (with the look-alikes kept apart, per reason).
 */
public record CatalogStats(Map<RecordType, Integer> read, int reviewsAttached, int quotesAttached,
                           ResolutionCounts films, ResolutionCounts people) {
    public CatalogStats {
        read = Map.copyOf(read);
    }
}
