package dev.filmsearch.schema;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.range.DoubleRange;

/**
 * Facet dimension names; their types are in {@link Schema} ({@code *_FACET}). type (film, person, review, quote),
 * title_type (films only: movie, tvSeries, tvEpisode, …), director, genre, language (a film's spoken languages by
 * their standard English names: "Spanish"), year and decade are flat
 * SortedSetDocValues facets (no taxonomy index); rating is a range facet over the {@link Fields#RATING} doc values
 * with fixed buckets.
 */
public final class FacetSchema {
    private FacetSchema() {
    }

    public static final String TYPE = "type";
    public static final String TITLE_TYPE = "title_type";
    public static final String DIRECTOR = "director";
    public static final String GENRE = "genre";
    public static final String LANGUAGE = "language";
    public static final String YEAR = "year";
    public static final String DECADE = "decade";
    public static final String RATING = "rating";

    /** The dimensions stored as SortedSetDocValues facets ({@link FacetFieldDef}s of {@link Schema#FIELDS}). */
    public static final List<String> SORTED_SET_DIMENSIONS = Schema.FIELDS.stream()
            .filter(f -> f instanceof FacetFieldDef).map(FieldDef::name).toList();

    /** Fixed rating buckets, best first: "9..10", "8..9", …, "0..1". Lower bound inclusive, upper exclusive but 10. */
    public static final List<DoubleRange> RATING_BUCKETS = Schema.RATING_FACET.buckets();

    /** The facets configuration of every {@link FacetFieldDef} (director, genre, language: multi-valued). */
    public static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        for (FieldDef field : Schema.FIELDS) {
            if (field instanceof FacetFieldDef facet) {
                facet.configure(config);
            }
        }
        return config;
    }

    /** "1970s" for 1973. */
    public static String decade(int year) {
        return (year / 10 * 10) + "s";
    }
}
