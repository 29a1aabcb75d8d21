package dev.filmsearch.schema;

import dev.filmsearch.schema.FieldDescription.Kind;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * A string in sorted doc values (one per record): a key to sort or group by, or a short value read back per hit
 * without the stored record (a suggestion's label); the mapper computes it.
 */
public record SortKeyFieldDef(String name) implements FieldDef {
    public void addTo(FieldSink sink, String key) {
        sink.add(this, key);
    }

    public void addTo(Document doc, String key) {
        doc.add(new SortedDocValuesField(name, new BytesRef(key)));
    }

    /** Sorting by the key; records without one come last either way. */
    public SortField sortField(boolean descending) {
        SortField sort = new SortField(name, SortField.Type.STRING, descending);
        sort.setMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
        return sort;
    }

    @Override
    public FieldDescription describe() {
        return new FieldDescription(name, Kind.SORT_KEY, null, null, false, false, true, false, List.of(), null);
    }
}
