package dev.filmsearch.schema;

import dev.filmsearch.schema.FieldDescription.Kind;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;

/**
 * A number of one {@link NumberType}: points (range and exact queries) when {@code points}, doc values (sorting,
 * range facets) when {@code docValues}, and the stored value when {@code stored}.
 */
public record NumberFieldDef(String name, NumberType type, boolean points, boolean docValues, boolean stored)
        implements FieldDef {
    public void addTo(FieldSink sink, Number value) {
        sink.add(this, value);
    }

    /** Adds the value's point, doc value and stored value, as this field has them. */
    public void addTo(Document doc, Number value) {
        if (points) {
            doc.add(point(value));
        }
        if (docValues) {
            doc.add(docValue(value));
        }
        if (stored) {
            doc.add(storedValue(value));
        }
    }

    private Field point(Number value) {
        return switch (type) {
            case INT -> new IntPoint(name, value.intValue());
            case LONG -> new LongPoint(name, value.longValue());
            case DOUBLE -> new DoublePoint(name, value.doubleValue());
        };
    }

    private Field docValue(Number value) {
        return switch (type) {
            case INT -> new NumericDocValuesField(name, value.intValue());
            case LONG -> new NumericDocValuesField(name, value.longValue());
            case DOUBLE -> new DoubleDocValuesField(name, value.doubleValue());
        };
    }

    private Field storedValue(Number value) {
        return switch (type) {
            case INT -> new StoredField(name, value.intValue());
            case LONG -> new StoredField(name, value.longValue());
            case DOUBLE -> new StoredField(name, value.doubleValue());
        };
    }

    /** The records whose value equals {@code value}. */
    public Query exactQuery(Number value) {
        return rangeQuery(value, value);
    }

    /** The records with a value from {@code from} to {@code to}, both included. */
    public Query rangeQuery(Number from, Number to) {
        if (!points) {
            throw new IllegalStateException(name + " has no points to query");
        }
        return switch (type) {
            case INT -> IntPoint.newRangeQuery(name, from.intValue(), to.intValue());
            case LONG -> LongPoint.newRangeQuery(name, from.longValue(), to.longValue());
            case DOUBLE -> DoublePoint.newRangeQuery(name, from.doubleValue(), to.doubleValue());
        };
    }

    /** Sorting by the doc values; records without a value come last either way. */
    public SortField sortField(boolean descending) {
        if (!docValues) {
            throw new IllegalStateException(name + " has no doc values to sort by");
        }
        SortField sort = new SortField(name, type.sortType(), descending);
        sort.setMissingValue(type.missingLast(descending));
        return sort;
    }

    @Override
    public FieldDescription describe() {
        return new FieldDescription(name, Kind.NUMBER, null, type, stored, points, docValues, false, List.of(), null);
    }
}
