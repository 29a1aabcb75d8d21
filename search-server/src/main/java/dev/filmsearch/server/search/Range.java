package dev.filmsearch.server.search;

/** An inclusive numeric range; either end may be open (null): "7..9", "8..", "..5", "1973". */
public record Range(Double from, Double to) {
    public Range {
        if (from == null && to == null) {
            throw new IllegalArgumentException("a range needs at least one bound");
        }
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("range start " + from + " is after its end " + to);
        }
    }
}
