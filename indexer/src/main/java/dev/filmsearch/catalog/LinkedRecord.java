package dev.filmsearch.catalog;

import dev.filmsearch.model.CatalogRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A finished record with what its document needs from the rest of the catalogue: for a review or quote, its
 * film ({@code film}, null when it is not in the catalogue); for a person, the fame of each film of their
 * filmography ({@code fame}, in the order of {@code Person.films()}, null where the film has no votes). Films
 * need nothing else.
 */
public record LinkedRecord(CatalogRecord record, FilmSummary film, List<FilmFame> fame) {
    public LinkedRecord {
        fame = fame == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(fame));
    }

    public static LinkedRecord alone(CatalogRecord record) {
        return new LinkedRecord(record, null, null);
    }
}
