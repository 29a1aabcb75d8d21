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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of {@code GET /api/search} into a {@link SearchRequest}, or refuses them with an
 * {@link ApiException} (400) whose detail says what is allowed. Unknown parameters are ignored.
 */
public final class SearchParams {
    /** The parameters {@link #parse} reads. */
    public static final List<String> NAMES = List.of("q", "type", "director", "genre", "rating", "year", "sort", "page",
            "size");
    public static final int DEFAULT_SIZE = 10;
    /** How many values one facet filter (director, genre) may list. */
    public static final int MAX_FILTER_VALUES = 50;

    private static final Pattern RANGE = Pattern.compile("\\s*([0-9.]*?)\\s*\\.\\.\\s*([0-9.]*)\\s*");
    private static final Pattern RATING = Pattern.compile("\\d{1,2}(\\.\\d{1,3})?");
    private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
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
                values(params, "genre"), rating(single(params, "rating")), year(single(params, "year")),
                sort(single(params, "sort")), page, size);
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
        Matcher m = RANGE.matcher(RATING.matcher(single).matches() ? single + ".." : text);
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())
                || !bound(m.group(1), RATING) || !bound(m.group(2), RATING)) {
            throw ApiException.invalid("rating '" + text + "' is not a rating range: " + RATING_FORMS);
        }
        Double from = number(m.group(1));
        Double to = number(m.group(2));
        if ((from != null && from > 10) || (to != null && to > 10)) {
            throw ApiException.invalid("rating '" + text + "' is out of bounds: " + RATING_FORMS);
        }
        return range("rating", text, from, to);
    }

    /** "1973", "1970..1979", "1970..", "..1979". */
    static Range year(String text) {
        if (text == null) {
            return null;
        }
        if (YEAR.matcher(text.strip()).matches()) {
            double year = Double.parseDouble(text.strip());
            return new Range(year, year);
        }
        Matcher m = RANGE.matcher(text);
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())
                || !bound(m.group(1), YEAR) || !bound(m.group(2), YEAR)) {
            throw ApiException.invalid("year '" + text + "' is not a year or a year range: " + YEAR_FORMS);
        }
        return range("year", text, number(m.group(1)), number(m.group(2)));
    }

    private static Range range(String name, String text, Double from, Double to) {
        if (from != null && to != null && from > to) {
            throw ApiException.invalid(name + " '" + text + "' starts after it ends: give the lower bound first");
        }
        return new Range(from, to);
    }

    private static boolean bound(String text, Pattern pattern) {
        return text.isEmpty() || pattern.matcher(text).matches();
    }

    private static Double number(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }
}
