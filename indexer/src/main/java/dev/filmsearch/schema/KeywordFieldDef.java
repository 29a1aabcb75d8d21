package dev.filmsearch.schema;

import dev.filmsearch.schema.FieldDescription.Kind;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * One exact term per value ({@code StringField}): ids, links, labels and keys whose values the mapper computes
 * (for instance with {@code Text.titleKey}); never analysed.
 */
public record KeywordFieldDef(String name, boolean stored) implements FieldDef {
    public void addTo(FieldSink sink, String value) {
        sink.add(this, value);
    }

    public void addTo(Document doc, String value) {
        doc.add(new StringField(name, value, stored ? Field.Store.YES : Field.Store.NO));
    }

    /** The records holding exactly {@code value}. */
    public TermQuery termQuery(String value) {
        return new TermQuery(new Term(name, value));
    }

    @Override
    public FieldDescription describe() {
        return new FieldDescription(name, Kind.KEYWORD, null, null, stored, true, false, true, List.of(), null);
    }
}
