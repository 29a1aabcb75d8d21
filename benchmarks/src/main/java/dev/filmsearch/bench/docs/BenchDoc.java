package dev.filmsearch.bench.docs;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One catalogue record as every peer engine indexes it: the same records filmsearch indexes (after merging films
 * and deriving people), flattened into plain fields a general-purpose engine can map. Written one per line to
 * {@code docs.jsonl} by {@link BenchDocExporter}; JSON names are snake_case ({@code alt_title}, {@code film_id}).
 *
 * <ul>
 *   <li>{@code key}: {@code type/id}, unique over all records; the peers' document id, and what answers compare</li>
 *   <li>{@code title}: the known-item title — a film's title or a person's name; null for reviews and quotes</li>
 *   <li>{@code altTitle}: a film's original title; null otherwise</li>
 *   <li>{@code names}: people named on the record — a film's directors, writers and cast, a person's name, a
 *       review's author, a quote's speaker</li>
 *   <li>{@code characters}: a film's characters</li>
 *   <li>{@code text}: the body — a film's plot and keywords, a person's professions and film titles, a review's
 *       headline and body, a quote's line</li>
 *   <li>{@code language}: {@code en} or {@code es}, the language of {@code text} (detected where the source is
 *       silent, as filmsearch does)</li>
 *   <li>{@code genres}, {@code directors}, {@code year}, {@code rating}, {@code votes}: a film's own facets and
 *       numbers; a review or quote carries its film's (as in filmsearch, so facet counts cover them too); a person
 *       carries the votes of their best-known film only</li>
 *   <li>{@code filmId}, {@code filmTitle}: a review's or quote's film; null otherwise</li>
 * </ul>
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BenchDoc(String key, String type, String id, String title, String altTitle, List<String> names,
                       List<String> characters, String text, String language, List<String> genres,
                       List<String> directors, Integer year, Double rating, Long votes, String filmId,
                       String filmTitle) {
    public BenchDoc {
        names = List.copyOf(names);
        characters = List.copyOf(characters);
        genres = List.copyOf(genres);
        directors = List.copyOf(directors);
    }

    /** The title a result list shows: a film's title, a person's name, or a review's or quote's film title. */
    public String displayTitle() {
        return title != null ? title : filmTitle;
    }
}
