package dev.filmsearch.server.http;

import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Text;
import dev.filmsearch.server.search.Range;
import dev.filmsearch.server.search.SearchRequest;
import dev.filmsearch.server.search.SortOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of {@code GET /api/search} into a {@link SearchRequest}, or refuses them with an
 * {@link ApiException} (400) whose detail says what is allowed. Every value is parsed in one pass over its
 * characters (no regular expression); {@link #LIMITS} bounds their lengths before that (see {@link QueryParams}).
 */
public final class SearchParams {
    /** The parameters {@link #parse} reads. */
    public static final List<String> NAMES = List.of("q", "type", "title_type", "director", "genre", "language",
            "rating", "year", "sort", "page", "size");
    /** The longest value of a facet filter (a director's name, a genre, a language). */
    public static final int MAX_FILTER_LENGTH = 200;
    /** The longest value of a short parameter: type, title_type, rating, year, sort, page, size, limit. */
    public static final int MAX_SHORT_LENGTH = 32;
    /** Each parameter of {@code /api/search} and the most characters its value may have. */
    public static final Map<String, Integer> LIMITS = QueryParams.allow("q", SearchRequest.MAX_QUERY_LENGTH,
            "type", MAX_SHORT_LENGTH, "title_type", MAX_SHORT_LENGTH, "director", MAX_FILTER_LENGTH,
            "genre", MAX_FILTER_LENGTH, "language", MAX_FILTER_LENGTH, "rating", MAX_SHORT_LENGTH,
            "year", MAX_SHORT_LENGTH, "sort", MAX_SHORT_LENGTH,
            "page", MAX_SHORT_LENGTH, "size", MAX_SHORT_LENGTH);
    public static final int DEFAULT_SIZE = 10;
    /** How many values one facet filter (director, genre, language, title type) may list. */
    public static final int MAX_FILTER_VALUES = 50;

    private static final String RATING_FORMS = "use 7..9, 8.. (or 8: at least 8) or ..5 with ratings from 0 to 10";
    private static final String YEAR_FORMS = "use 1973, 1970..1979, 1970.. or ..1979";

    private SearchParams() {
    }

    public static SearchRequest parse(Map<String, List<String>> params) {
        String q = text(params, "q");
        int page = wholeNumber(params, "page", 1, 1, Integer.MAX_VALUE, "page must be a whole number from 1");
        int size = wholeNumber(params, "size", DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE,
                "size must be a whole number from 1 to " + SearchRequest.MAX_SIZE);
        if ((long) page * size > SearchRequest.MAX_RESULT_WINDOW) {
            throw ApiException.invalid(String.format(Locale.ROOT,
                    "page %d of size %d reaches past result %,d; only the first %,d results can be paged through:"
                            + " narrow the search", page, size, SearchRequest.MAX_RESULT_WINDOW,
                    SearchRequest.MAX_RESULT_WINDOW));
        }
        return new SearchRequest(q, types(params), values(params, "director"),
                values(params, "genre"), rating(single(params, "rating")), years(params),
                sort(single(params, "sort")), page, size, values(params, "title_type"), values(params, "language"));
    }

    /** A free-text parameter ("" when absent) of at most {@link SearchRequest#MAX_QUERY_LENGTH} characters. */
    public static String text(Map<String, List<String>> params, String name) {
        String value = single(params, name);
        if (value != null && value.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw ApiException.invalid(String.format(Locale.ROOT, "%s is %,d characters long; at most %,d are allowed",
                    name, value.length(), SearchRequest.MAX_QUERY_LENGTH));
        }
        return value == null ? "" : value;
    }

    /** The one value of a parameter, or null when it is absent or empty; given twice is an error. */
    static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of()).stream().filter(v -> !v.isEmpty()).toList();
        if (values.size() > 1) {
            throw ApiException.invalid(name + " may be given only once");
        }
        return values.isEmpty() ? null : values.getFirst();
    }

    /** A whole-number parameter within [min, max], {@code fallback} when absent. */
    static int wholeNumber(Map<String, List<String>> params, String name, int fallback, int min, int max,
                           String rule) {
        String text = single(params, name);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return (int) value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalid(rule + ", not '" + text + "'");
    }

    private static Set<RecordType> types(Map<String, List<String>> params) {
        Set<RecordType> types = EnumSet.noneOf(RecordType.class);
        for (String value : params.getOrDefault("type", List.of())) {
            if (value.isBlank()) {
                continue;
            }
            types.add(RecordType.parse(value).orElseThrow(() -> ApiException.invalid("type '" + value
                    + "' is not one of: " + Arrays.stream(RecordType.values()).map(RecordType::label)
                    .collect(Collectors.joining(", ")))));
        }
        return types;
    }

    private static List<String> values(Map<String, List<String>> params, String name) {
        List<String> out = new ArrayList<>();
        for (String value : params.getOrDefault(name, List.of())) {
            String clean = Text.clean(value);
            if (clean != null && !out.contains(clean)) {
                out.add(clean);
            }
        }
        if (out.size() > MAX_FILTER_VALUES) {
            throw ApiException.invalid(String.format(Locale.ROOT, "%s lists %d values; at most %d are allowed",
                    name, out.size(), MAX_FILTER_VALUES));
        }
        return out;
    }

    private static SortOrder sort(String text) {
        if (text == null) {
            return SortOrder.RELEVANCE;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (SortOrder order : SortOrder.values()) {
            if (order.name().equals(name)) {
                return order;
            }
        }
        throw ApiException.invalid("sort '" + text + "' is not one of: " + Arrays.stream(SortOrder.values())
                .map(o -> o.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /** "7..9", "8..", "..5", and "8" for at least 8 (as {@code rating:8} in a query): ratings 0–10. */
    static Range rating(String text) {
        if (text == null) {
            return null;
        }
        String single = text.strip();
        String[] bounds = isRating(single) ? new String[] {single, ""} : bounds(text);
        if (bounds == null || !(bounds[0].isEmpty() || isRating(bounds[0]))
                || !(bounds[1].isEmpty() || isRating(bounds[1]))) {
            throw ApiException.invalid("rating '" + text + "' is not a rating range: " + RATING_FORMS);
        }
        Double from = number(bounds[0]);
        Double to = number(bounds[1]);
        if ((from != null && from > 10) || (to != null && to > 10)) {
            throw ApiException.invalid("rating '" + text + "' is out of bounds: " + RATING_FORMS);
        }
        return range("rating", text, from, to);
    }

    /**
     * Every {@code year} value, as {@link #year} reads it, each range once: several are OR-ed (the 1970s and the
     * 1990s: {@code year=1970..1979&year=1990..1999}).
     */
    private static List<Range> years(Map<String, List<String>> params) {
        List<Range> out = new ArrayList<>();
        for (String value : params.getOrDefault("year", List.of())) {
            Range range = value.isBlank() ? null : year(value);
            if (range != null && !out.contains(range)) {
                out.add(range);
            }
        }
        if (out.size() > MAX_FILTER_VALUES) {
            throw ApiException.invalid(String.format(Locale.ROOT, "year lists %d ranges; at most %d are allowed",
                    out.size(), MAX_FILTER_VALUES));
        }
        return out;
    }

    /** "1973", "1970..1979", "1970..", "..1979". */
    static Range year(String text) {
        if (text == null) {
            return null;
        }
        if (isYear(text.strip())) {
            double year = Double.parseDouble(text.strip());
            return new Range(year, year);
        }
        String[] bounds = bounds(text);
        if (bounds == null || !(bounds[0].isEmpty() || isYear(bounds[0]))
                || !(bounds[1].isEmpty() || isYear(bounds[1]))) {
            throw ApiException.invalid("year '" + text + "' is not a year or a year range: " + YEAR_FORMS);
        }
        return range("year", text, number(bounds[0]), number(bounds[1]));
    }

    /** The two bounds of "from..to" around its first "..", stripped; null without "..", or with both empty. */
    private static String[] bounds(String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            return null;
        }
        String from = text.substring(0, dots).strip();
        String to = text.substring(dots + 2).strip();
        return from.isEmpty() && to.isEmpty() ? null : new String[] {from, to};
    }

    /** 1 or 2 digits, optionally a point and 1 to 3 more. */
    private static boolean isRating(String text) {
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        return digits(whole, 1, 2) && (point < 0 || digits(text.substring(point + 1), 1, 3));
    }

    /** 1 to 4 digits. */
    private static boolean isYear(String text) {
        return digits(text, 1, 4);
    }

    private static boolean digits(String text, int min, int max) {
        if (text.length() < min || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Range range(String name, String text, Double from, Double to) {
        if (from != null && to != null && from > to) {
            throw ApiException.invalid(name + " '" + text + "' starts after it ends: give the lower bound first");
        }
        return new Range(from, to);
    }

    private static Double number(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }
}
