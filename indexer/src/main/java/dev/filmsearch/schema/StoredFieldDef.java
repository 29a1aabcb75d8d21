package dev.filmsearch.schema;

import dev.filmsearch.schema.FieldDescription.Kind;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/** A stored value that is never searched (the record's JSON, {@link RecordCodec}). */
public record StoredFieldDef(String name) implements FieldDef {
    public void addTo(Document doc, String value) {
        doc.add(new StoredField(name, value));
    }

    @Override
    public FieldDescription describe() {
        return new FieldDescription(name, Kind.STORED, null, null, true, false, false, false, List.of(), null);
    }
}
