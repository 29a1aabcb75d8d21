package dev.filmsearch.schema;

/**
 * One field of the index, typed: it owns how its values become Lucene document fields, how it is analysed (text),
 * queried, sorted and counted as a facet. The document mapper adds values through it and the server builds its
 * queries, sorts and facet counts through it, so no other class re-assumes how a field is indexed. Every field is
 * listed once in {@link Schema}. Immutable.
 */
public sealed interface FieldDef permits TextFieldDef, KeywordFieldDef, NumberFieldDef, SortKeyFieldDef,
        FeatureFieldDef, StoredFieldDef, FacetFieldDef, RangeFacetDef {
    /** The Lucene field name, or for a facet its dimension. */
    String name();

    /** The field as plain data, for index templates and the schema fingerprint. */
    FieldDescription describe();
}
