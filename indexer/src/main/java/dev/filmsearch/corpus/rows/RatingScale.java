package dev.filmsearch.corpus.rows;

import java.util.regex.Pattern;

/**
 * The scale a source rates on; {@link #toTen} puts a rating onto our 0–10 scale linearly from zero, so the
 * top of the scale is 10: 4 of 1–5 stars is 8.0, 73 of 0–100 is 7.3, 7 of 1–10 stays 7.
 */
public record RatingScale(double min, double max) {
    public static final RatingScale TEN = new RatingScale(0, 10);

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*[-–]\\s*(\\d+(?:\\.\\d+)?)\\s*");

    public RatingScale {
        if (!(min >= 0 && max > min)) {
            throw new IllegalArgumentException("a rating scale needs 0 <= min < max, not " + number(min) + "–" + number(max));
        }
    }

    /** Parses "1-5", "0–100". */
    public static RatingScale parse(String text) {
        var m = RANGE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("a rating scale is written \"1-5\" or {\"min\": 1, \"max\": 5}, not \""
                    + text + "\"");
        }
        return new RatingScale(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
    }

    /** The rating on 0–10; a value outside this scale is a bad value. */
    double toTen(double value) throws BadValue {
        if (value < min || value > max) {
            throw new BadValue("outside " + this);
        }
        return value * 10 / max;
    }

    @Override
    public String toString() {
        return number(min) + "–" + number(max);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
