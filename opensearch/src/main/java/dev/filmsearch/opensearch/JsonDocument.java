package dev.filmsearch.opensearch;

import dev.filmsearch.schema.FacetFieldDef;
import dev.filmsearch.schema.FeatureFieldDef;
import dev.filmsearch.schema.FieldSink;
import dev.filmsearch.schema.KeywordFieldDef;
import dev.filmsearch.schema.NumberFieldDef;
import dev.filmsearch.schema.Schema;
import dev.filmsearch.schema.SortKeyFieldDef;
import dev.filmsearch.schema.StoredFieldDef;
import dev.filmsearch.schema.TextFieldDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenSearch engine's sink: one record's values as a JSON document for {@link IndexTemplate}'s mapping. A field
 * given once holds the value, a field given several times an array of them in order; facet values go under
 * {@link OpenSearchFields#FACETS}, ranking signals under {@code features}. The record's {@link Schema#KEY} is also
 * the document id. One per record; not thread-safe.
 */
public final class JsonDocument implements FieldSink {
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Object> facets = new LinkedHashMap<>();
    private final Map<String, Object> features = new LinkedHashMap<>();
    private String id;
    private long bytes;

    /** The document id: the record's key ("film/tt0068646"); null until the key was added. */
    public String id() {
        return id;
    }

    /** About how many bytes of JSON the document takes: what bulk batches are bounded by. */
    public long approximateBytes() {
        return bytes;
    }

    /** The document: field name to a value or a list of values (facets and features as objects). */
    public Map<String, Object> source() {
        Map<String, Object> out = new LinkedHashMap<>(fields);
        if (!features.isEmpty()) {
            out.put(Schema.FEATURES.name(), features);
        }
        if (!facets.isEmpty()) {
            out.put(OpenSearchFields.FACETS, facets);
        }
        return out;
    }

    @Override
    public void add(TextFieldDef field, String value) {
        put(fields, field.name(), value);
    }

    @Override
    public void add(KeywordFieldDef field, String value) {
        if (field.equals(Schema.KEY)) {
            id = value;
        }
        put(fields, field.name(), value);
    }

    @Override
    public void add(NumberFieldDef field, Number value) {
        put(fields, field.name(), value);
    }

    @Override
    public void add(SortKeyFieldDef field, String key) {
        put(fields, field.name(), key);
    }

    @Override
    public void add(FeatureFieldDef field, String feature, float value) {
        // the mapper gives each signal at most once
        features.put(feature, value);
        bytes += feature.length() + 16;
    }

    @Override
    public void add(StoredFieldDef field, String value) {
        put(fields, field.name(), value);
    }

    @Override
    public void add(StoredFieldDef field, int value) {
        put(fields, field.name(), value);
    }

    @Override
    public void add(FacetFieldDef field, String value) {
        put(facets, field.name(), value);
    }

    @SuppressWarnings("unchecked")
    private void put(Map<String, Object> into, String name, Object value) {
        bytes += name.length() + (value instanceof String s ? s.length() + 4 : 12);
        Object old = into.get(name);
        if (old == null) {
            into.put(name, value);
        } else if (old instanceof List<?> list) {
            ((List<Object>) list).add(value);
        } else {
            List<Object> values = new ArrayList<>();
            values.add(old);
            values.add(value);
            into.put(name, values);
        }
    }
}
