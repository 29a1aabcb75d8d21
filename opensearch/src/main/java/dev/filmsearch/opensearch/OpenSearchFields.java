package dev.filmsearch.opensearch;

import dev.filmsearch.schema.Fields;

/**
 * Field names in an OpenSearch index of filmsearch records: the schema's own names, except the two kinds that
 * Lucene keeps apart from the fields and OpenSearch cannot: facet dimensions (their names are also field names,
 * "director", "year") live under {@value #FACETS}, and ranking signals under {@link Fields#FEATURES}, one
 * {@code rank_feature} each.
 */
public final class OpenSearchFields {
    private OpenSearchFields() {
    }

    /** The object holding one keyword field per facet dimension. */
    public static final String FACETS = "facets";

    /** The keyword field of a facet dimension ("facets.director"). */
    public static String facet(String dimension) {
        return FACETS + "." + dimension;
    }

    /** The {@code rank_feature} field of a ranking signal ("features.popularity"). */
    public static String feature(String feature) {
        return Fields.FEATURES + "." + feature;
    }
}
