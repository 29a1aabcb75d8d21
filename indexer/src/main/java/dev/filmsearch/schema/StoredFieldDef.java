package dev.filmsearch.schema;

import dev.filmsearch.schema.FieldDescription.Kind;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/**
 * A stored value that is never searched: text (the record's JSON, {@link RecordCodec}) or, with a number type,
 * whole numbers a hit is rendered from (a person's best-known filmography positions), several per record.
 */
public record StoredFieldDef(String name, NumberType numberType) implements FieldDef {
    /** A stored text field. */
    public StoredFieldDef(String name) {
        this(name, null);
    }

    public void addTo(FieldSink sink, String value) {
        sink.add(this, value);
    }

    public void addTo(FieldSink sink, int value) {
        sink.add(this, value);
    }

    public void addTo(Document doc, String value) {
        doc.add(new StoredField(name, value));
    }

    public void addTo(Document doc, int value) {
        doc.add(new StoredField(name, value));
    }

    @Override
    public FieldDescription describe() {
        return new FieldDescription(name, Kind.STORED, null, numberType, true, false, false, numberType != null,
                List.of(), null);
    }
}
