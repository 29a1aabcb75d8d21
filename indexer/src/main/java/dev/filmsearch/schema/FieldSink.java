package dev.filmsearch.schema;

/**
 * Where a record's field values go, each with its descriptor: a Lucene document for the embedded index, a JSON
 * document for another engine. The document mapper decides the values once; a sink decides only how a value of
 * that kind of field is represented. Values reach a sink through the descriptors' {@code addTo(FieldSink, …)},
 * which drop what the field never holds (blank text), so every sink sees the same values in the same order.
 */
public interface FieldSink {
    void add(TextFieldDef field, String value);

    void add(KeywordFieldDef field, String value);

    void add(NumberFieldDef field, Number value);

    void add(SortKeyFieldDef field, String key);

    /** {@code value} is positive (see {@link FeatureFieldDef}). */
    void add(FeatureFieldDef field, String feature, float value);

    void add(StoredFieldDef field, String value);

    void add(StoredFieldDef field, int value);

    void add(FacetFieldDef field, String value);
}
