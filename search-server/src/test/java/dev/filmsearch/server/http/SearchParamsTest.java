package dev.filmsearch.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.filmsearch.model.RecordType;
import dev.filmsearch.server.search.Range;
import dev.filmsearch.server.search.SearchRequest;
import dev.filmsearch.server.search.SortOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchParamsTest {
    private static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return map;
    }

    private static String refusal(String... pairs) {
        ApiException e = assertThrows(ApiException.class, () -> SearchParams.parse(params(pairs)));
        assertEquals(400, e.problem().status());
        assertEquals("invalid-parameter", e.problem().type());
        return e.problem().detail();
    }

    @Test
    void no_parameters_browse_everything_by_relevance_ten_at_a_time() {
        assertEquals(new SearchRequest("", Set.of(), List.of(), List.of(), null, List.of(), SortOrder.RELEVANCE, 1, 10),
                SearchParams.parse(Map.of()));
    }

    @Test
    void every_parameter_is_read() {
        assertEquals(new SearchRequest("allende guzmán", Set.of(RecordType.FILM, RecordType.PERSON),
                        List.of("Patricio Guzmán", "Raúl Ruiz"), List.of("Documentary"), new Range(7.0, 9.0),
                        List.of(new Range(1970.0, 1979.0)), SortOrder.VOTES, 3, 25, List.of("movie", "tvSeries"),
                        List.of("Spanish", "French")),
                SearchParams.parse(params("q", "allende guzmán", "type", "films", "type", "Person",
                        "title_type", "movie", "title_type", " tvSeries ", "title_type", "movie",
                        "director", " Patricio  Guzmán ", "director", "Raúl Ruiz", "director", "Raúl Ruiz",
                        "genre", "Documentary", "language", "Spanish", "language", " French ", "rating", "7..9",
                        "year", "1970..1979", "sort", "Votes", "page", "3", "size", "25", "unknown", "ignored")));
    }

    @Test
    void open_ranges_a_single_year_and_a_single_rating_as_a_minimum_are_ranges() {
        assertEquals(new Range(8.0, null), SearchParams.rating("8.."));
        assertEquals(new Range(8.0, null), SearchParams.rating(" 8 "));
        assertEquals(new Range(7.5, null), SearchParams.rating("7.5"));
        assertEquals(new Range(null, 5.5), SearchParams.rating("..5.5"));
        assertEquals(new Range(1973.0, 1973.0), SearchParams.year("1973"));
        assertEquals(new Range(1970.0, null), SearchParams.year("1970.."));
        assertEquals(new Range(null, 1979.0), SearchParams.year(" ..1979 "));
    }

    @Test
    void empty_values_count_as_absent() {
        assertEquals(new SearchRequest("", Set.of(), List.of(), List.of(), null, List.of(), SortOrder.RELEVANCE, 1, 10),
                SearchParams.parse(params("q", "", "type", "", "director", " ", "rating", "", "year", "", "sort", "",
                        "page", "", "size", "")));
    }

    @Test
    void size_over_one_hundred_is_refused() {
        assertEquals("size must be a whole number from 1 to 100, not '101'", refusal("size", "101"));
        assertEquals("size must be a whole number from 1 to 100, not '0'", refusal("size", "0"));
        assertEquals("size must be a whole number from 1 to 100, not 'ten'", refusal("size", "ten"));
    }

    @Test
    void page_must_be_a_whole_number_from_one() {
        assertEquals("page must be a whole number from 1, not '0'", refusal("page", "0"));
        assertEquals("page must be a whole number from 1, not '-2'", refusal("page", "-2"));
        assertEquals("page must be a whole number from 1, not '99999999999'", refusal("page", "99999999999"));
    }

    @Test
    void paging_past_ten_thousand_results_is_refused() {
        assertEquals("page 1001 of size 10 reaches past result 10,000; only the first 10,000 results can be paged"
                + " through: narrow the search", refusal("page", "1001"));
        assertEquals("page 101 of size 100 reaches past result 10,000; only the first 10,000 results can be paged"
                + " through: narrow the search", refusal("page", "101", "size", "100"));
        assertEquals(100, SearchParams.parse(params("page", "100", "size", "100")).page());
    }

    @Test
    void a_query_over_one_thousand_characters_is_refused() {
        assertEquals("q is 1,001 characters long; at most 1,000 are allowed", refusal("q", "x".repeat(1001)));
        assertEquals(1000, SearchParams.parse(params("q", "x".repeat(1000))).q().length());
    }

    @Test
    void malformed_rating_ranges_are_refused_with_the_allowed_forms() {
        String forms = ": use 7..9, 8.. (or 8: at least 8) or ..5 with ratings from 0 to 10";
        assertEquals("rating '7-9' is not a rating range" + forms, refusal("rating", "7-9"));
        assertEquals("rating '8.5.' is not a rating range" + forms, refusal("rating", "8.5."));
        assertEquals("rating '..' is not a rating range" + forms, refusal("rating", ".."));
        assertEquals("rating 'a..b' is not a rating range" + forms, refusal("rating", "a..b"));
        assertEquals("rating '7...9' is not a rating range" + forms, refusal("rating", "7...9"));
        assertEquals("rating '7..11' is out of bounds" + forms, refusal("rating", "7..11"));
        assertEquals("rating '11' is out of bounds" + forms, refusal("rating", "11"));
        assertEquals("rating '9..7' starts after it ends: give the lower bound first", refusal("rating", "9..7"));
    }

    @Test
    void ranges_of_thousands_of_dots_are_read_in_one_pass_and_refused() {
        String dots = ".".repeat(7_900) + "x";
        assertEquals("rating '" + dots + "' is not a rating range: use 7..9, 8.. (or 8: at least 8) or ..5 with"
                + " ratings from 0 to 10", refusal("rating", dots));
        assertEquals("year '" + dots + "' is not a year or a year range: use 1973, 1970..1979, 1970.. or ..1979",
                refusal("year", dots));
        assertEquals(new Range(7.5, 9.0), SearchParams.rating(" 7.5 .. 9 "));
        assertEquals(new Range(null, 1979.0), SearchParams.year("..1979"));
    }

    @Test
    void every_parameter_has_a_length_limit() {
        assertEquals(SearchParams.NAMES, List.copyOf(SearchParams.LIMITS.keySet()));
    }

    @Test
    void malformed_year_ranges_are_refused_with_the_allowed_forms() {
        String forms = ": use 1973, 1970..1979, 1970.. or ..1979";
        assertEquals("year '19x3' is not a year or a year range" + forms, refusal("year", "19x3"));
        assertEquals("year '1970-1979' is not a year or a year range" + forms, refusal("year", "1970-1979"));
        assertEquals("year '1970.5..1980' is not a year or a year range" + forms, refusal("year", "1970.5..1980"));
        assertEquals("year '19730' is not a year or a year range" + forms, refusal("year", "19730"));
        assertEquals("year '1979..1970' starts after it ends: give the lower bound first",
                refusal("year", "1979..1970"));
    }

    @Test
    void unknown_sort_and_type_name_what_is_allowed() {
        assertEquals("sort 'date' is not one of: relevance, rating, votes, year, title", refusal("sort", "date"));
        assertEquals("type 'movie' is not one of: film, person, review, quote", refusal("type", "movie"));
    }

    @Test
    void several_years_are_each_read_once_in_order_and_a_bad_one_is_refused() {
        assertEquals(List.of(new Range(1990.0, 1999.0), new Range(1970.0, 1979.0), new Range(2004.0, 2004.0)),
                SearchParams.parse(params("year", "1990..1999", "year", "1970..1979", "year", "", "year", "2004",
                        "year", "1990..1999")).years());
        assertEquals("year '19x3' is not a year or a year range: use 1973, 1970..1979, 1970.. or ..1979",
                refusal("year", "1970..1979", "year", "19x3"));
        String[] many = new String[2 * 51];
        for (int i = 0; i < 51; i++) {
            many[2 * i] = "year";
            many[2 * i + 1] = Integer.toString(1900 + i);
        }
        assertEquals("year lists 51 ranges; at most 50 are allowed", refusal(many));
    }

    @Test
    void a_range_or_sort_given_twice_is_refused() {
        assertEquals("rating may be given only once", refusal("rating", "7..9", "rating", "8.."));
        assertEquals("sort may be given only once", refusal("sort", "votes", "sort", "year"));
    }

    @Test
    void more_than_fifty_directors_are_refused() {
        String[] pairs = new String[102];
        for (int i = 0; i < 51; i++) {
            pairs[2 * i] = "director";
            pairs[2 * i + 1] = "director " + i;
        }
        assertEquals("director lists 51 values; at most 50 are allowed", refusal(pairs));
    }
}
