package dev.filmsearch.index;

import dev.filmsearch.schema.FacetFieldDef;
import dev.filmsearch.schema.FeatureFieldDef;
import dev.filmsearch.schema.FieldSink;
import dev.filmsearch.schema.KeywordFieldDef;
import dev.filmsearch.schema.NumberFieldDef;
import dev.filmsearch.schema.SortKeyFieldDef;
import dev.filmsearch.schema.StoredFieldDef;
import dev.filmsearch.schema.TextFieldDef;
import org.apache.lucene.document.Document;

/**
 * The embedded engine's sink: each value becomes the Lucene fields its descriptor indexes it as, in one document
 * (facet values still to be built by {@code FacetsConfig.build}).
 */
final class LuceneFields implements FieldSink {
    private final Document doc;

    LuceneFields(Document doc) {
        this.doc = doc;
    }

    @Override
    public void add(TextFieldDef field, String value) {
        field.addTo(doc, value);
    }

    @Override
    public void add(KeywordFieldDef field, String value) {
        field.addTo(doc, value);
    }

    @Override
    public void add(NumberFieldDef field, Number value) {
        field.addTo(doc, value);
    }

    @Override
    public void add(SortKeyFieldDef field, String key) {
        field.addTo(doc, key);
    }

    @Override
    public void add(FeatureFieldDef field, String feature, float value) {
        field.addTo(doc, feature, value);
    }

    @Override
    public void add(StoredFieldDef field, String value) {
        field.addTo(doc, value);
    }

    @Override
    public void add(StoredFieldDef field, int value) {
        field.addTo(doc, value);
    }

    @Override
    public void add(FacetFieldDef field, String value) {
        field.addTo(doc, value);
    }
}
