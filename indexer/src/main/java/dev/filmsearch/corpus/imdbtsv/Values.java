package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.model.Text;

import java.util.ArrayList;
import java.util.List;

/** Reads the values of a TSV field: {@code \N} is null, arrays are comma-separated inside one field. */
final class Values {
    static final String NULL = "\\N";

    private Values() {
    }

    /** The cleaned text ({@link Text#clean}), or null for {@code \N} or blank. */
    static String text(String value) {
        if (NULL.equals(value)) {
            return null;
        }
        return isClean(value) ? value : Text.clean(value);
    }

    /** True when {@link Text#clean} would return the value as is: the common case, checked without a regex. */
    private static boolean isClean(String value) {
        int n = value.length();
        if (n == 0 || value.charAt(0) == ' ' || value.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == ' ' ? value.charAt(i - 1) == ' ' : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** The cleaned text; {@code \N} or blank is a {@link BadValue} "missing {column}". */
    static String required(String value, String column) throws BadValue {
        String text = text(value);
        if (text == null) {
            throw new BadValue("missing " + column);
        }
        return text;
    }

    /** A whole number ≥ 0, or null for {@code \N} or blank. */
    static Integer count(String value, String column) throws BadValue {
        Long n = bigCount(value, column);
        if (n != null && n > Integer.MAX_VALUE) {
            throw new BadValue(column + " '" + value + "' is too large");
        }
        return n == null ? null : n.intValue();
    }

    /** A whole number ≥ 0 that may exceed an int (vote counts), or null for {@code \N} or blank. */
    static Long bigCount(String value, String column) throws BadValue {
        String text = text(value);
        if (text == null) {
            return null;
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9') || text.length() > 18) {
            throw new BadValue(column + " '" + value + "' is not a number");
        }
        return Long.parseLong(text);
    }

    /** A decimal in [min, max], or null for {@code \N} or blank. */
    static Double decimal(String value, String column, double min, double max) throws BadValue {
        String text = text(value);
        if (text == null) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadValue(column + " '" + value + "' is not a number");
        }
        if (!(d >= min && d <= max)) {
            throw new BadValue(column + " " + text + " is outside " + (int) min + "–" + (int) max);
        }
        return d;
    }

    /** The comma-separated items, cleaned, empty ones dropped; {@code \N} or blank is the empty list. */
    static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        if (text(value) == null) {
            return items;
        }
        for (String item : value.split(",")) {
            String clean = text(item);
            if (clean != null) {
                items.add(clean);
            }
        }
        return items;
    }
}
