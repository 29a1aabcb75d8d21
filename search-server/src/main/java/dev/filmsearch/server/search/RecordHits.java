package dev.filmsearch.server.search;

import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.schema.RecordCodec;
import java.io.IOException;
import java.util.List;

/**
 * Hits for an engine that finds records but not their rendering (the OpenSearch engine): the embedded engine's
 * own {@link Hit} rules and highlighter, so both engines mark the same words in the same fragments. One per
 * request (it caches the films of reviews and quotes); not thread-safe.
 */
public final class RecordHits {
    /** Where the films of reviews and quotes are found by id (null when the catalogue has none). */
    @FunctionalInterface
    public interface FilmLookup {
        Film film(String id) throws IOException;
    }

    /** Shared, as the embedded engine shares its own: thread-safe. */
    private static final Highlighter HIGHLIGHTER = new Highlighter();
    private static final RecordCodec CODEC = new RecordCodec();
    private final HitRenderer renderer;

    /**
     * @param query the request's parsed query: what the highlights mark
     * @param typos whether the search took the words' typo forms, so that they are marked too
     */
    public RecordHits(UserQuery query, boolean typos, FilmLookup films) {
        this.renderer = new HitRenderer(null, films, CODEC, HIGHLIGHTER, HIGHLIGHTER.terms(query, typos));
    }

    /**
     * The hit of a record with what its document holds beside it: the title field (a film's title, a person's
     * name), its year, rating and votes, and a person's best-known filmography positions.
     */
    public Hit hit(CatalogRecord record, String title, Integer year, Double rating, Long votes,
                   List<Integer> knownFor, float score) throws IOException {
        return renderer.render(record, title, year, rating, votes, knownFor, score);
    }
}
