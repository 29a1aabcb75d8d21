package dev.filmsearch.schema;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.range.DoubleRange;

/**
 * Facet dimensions. type (film, person, review, quote), title_type (films only: movie, tvSeries, tvEpisode, …),
 * director, genre, year and decade are flat SortedSetDocValues facets (no taxonomy index); rating is a range facet
 * over the {@link Fields#RATING} doc values with fixed buckets.
 */
public final class FacetSchema {
    private FacetSchema() {
    }

    public static final String TYPE = "type";
    public static final String TITLE_TYPE = "title_type";
    public static final String DIRECTOR = "director";
    public static final String GENRE = "genre";
    public static final String YEAR = "year";
    public static final String DECADE = "decade";
    public static final String RATING = "rating";

    /** The dimensions stored as SortedSetDocValues facets. */
    public static final List<String> SORTED_SET_DIMENSIONS = List.of(TYPE, TITLE_TYPE, DIRECTOR, GENRE, YEAR,
            DECADE);

    /** Fixed rating buckets, best first: "9..10", "8..9", …, "0..1". Lower bound inclusive, upper exclusive but 10. */
    public static final List<DoubleRange> RATING_BUCKETS = ratingBuckets();

    public static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(DIRECTOR, true);
        config.setMultiValued(GENRE, true);
        return config;
    }

    /** "1970s" for 1973. */
    public static String decade(int year) {
        return (year / 10 * 10) + "s";
    }

    private static List<DoubleRange> ratingBuckets() {
        List<DoubleRange> buckets = new java.util.ArrayList<>();
        for (int low = 9; low >= 0; low--) {
            int high = low + 1;
            buckets.add(new DoubleRange(low + ".." + high, low, true, high, high == 10));
        }
        return List.copyOf(buckets);
    }
}
