package dev.filmsearch.schema;

import java.util.List;
import java.util.StringJoiner;

/**
 * What a field is, as plain data: enough for a generator to write another engine's mapping of the index (an
 * OpenSearch index template, say) and for {@link Schema#fingerprint} to notice any change.
 *
 * @param name        the Lucene field name (for facets: the facet dimension)
 * @param kind        how the field is indexed
 * @param analyzer    the analysis chain of a text field ({@link Analysis#label()}), else null
 * @param numberType  the number type of a number field, else null
 * @param stored      whether values are stored
 * @param indexed     whether values are searchable (terms or points)
 * @param docValues   whether values have doc values (sorting, facets, range facet counts)
 * @param multiValued whether a record may hold several values (facets; text and keyword fields always may)
 * @param features    the signals of a rank-features field ("popularity", "rating"); the buckets of a range facet
 *                    ("9..10", …); else empty
 * @param source      the field a facet counts the values of, else null
 */
public record FieldDescription(String name, Kind kind, String analyzer, NumberType numberType, boolean stored,
                               boolean indexed, boolean docValues, boolean multiValued, List<String> features,
                               String source) {
    /** How a field is indexed. */
    public enum Kind {
        /** Analysed words ({@code TextField}). */
        TEXT,
        /** One exact term per value ({@code StringField}). */
        KEYWORD,
        /** A number: points for ranges and exact values, doc values for sorting. */
        NUMBER,
        /** A string sort key in sorted doc values. */
        SORT_KEY,
        /** Static ranking signals ({@code FeatureField}), one per feature name. */
        RANK_FEATURES,
        /** Stored only, never searched. */
        STORED,
        /** A flat facet dimension (sorted-set doc values, drill-down terms). */
        FACET,
        /** Fixed buckets counted over a number field's doc values. */
        RANGE_FACET
    }

    public FieldDescription {
        features = List.copyOf(features);
    }

    /** One line with every component, in order: what the fingerprint hashes. */
    String line() {
        StringJoiner j = new StringJoiner("|");
        j.add(name).add(kind.name()).add(String.valueOf(analyzer)).add(String.valueOf(numberType))
                .add(flag("stored", stored)).add(flag("indexed", indexed)).add(flag("docValues", docValues))
                .add(flag("multiValued", multiValued)).add(String.join(",", features)).add(String.valueOf(source));
        return j.toString();
    }

    private static String flag(String name, boolean on) {
        return on ? name : "-";
    }
}
