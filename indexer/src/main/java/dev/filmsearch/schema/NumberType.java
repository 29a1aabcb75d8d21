package dev.filmsearch.schema;

import org.apache.lucene.search.SortField;

/** The Lucene number type of a {@link NumberFieldDef}: its points, doc values, stored value and sort. */
public enum NumberType {
    INT(SortField.Type.INT, Integer.MIN_VALUE, Integer.MAX_VALUE),
    LONG(SortField.Type.LONG, Long.MIN_VALUE, Long.MAX_VALUE),
    DOUBLE(SortField.Type.DOUBLE, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    private final SortField.Type sortType;
    private final Object lowest;
    private final Object highest;

    NumberType(SortField.Type sortType, Object lowest, Object highest) {
        this.sortType = sortType;
        this.lowest = lowest;
        this.highest = highest;
    }

    SortField.Type sortType() {
        return sortType;
    }

    /** The value a record without one sorts as, so that it comes last in the given direction. */
    Object missingLast(boolean descending) {
        return descending ? lowest : highest;
    }
}
