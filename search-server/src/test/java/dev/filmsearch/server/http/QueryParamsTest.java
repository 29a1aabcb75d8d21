package dev.filmsearch.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParamsTest {
    private static final Map<String, Integer> ALLOWED = QueryParams.allow("q", 10, "limit", 3);

    private static String refusal(String raw) {
        return assertThrows(ApiException.class, () -> QueryParams.parse(raw, "/api/x", ALLOWED)).problem().detail();
    }

    @Test
    void decodes_plus_and_percent_escapes_as_utf8_keeping_repeated_values_in_order() {
        assertEquals(Map.of("q", List.of("guzmán x", "b"), "limit", List.of("")),
                QueryParams.parse("q=guzm%C3%A1n+x&limit=&q=b", "/api/x", ALLOWED));
        assertEquals(Map.of("q", List.of("")), QueryParams.parse("q&&", "/api/x", ALLOWED));
        assertEquals(Map.of(), QueryParams.parse(null, "/api/x", ALLOWED));
    }

    @Test
    void a_bad_escape_or_bad_utf8_names_the_parameter() {
        String rule = " is not correctly percent-encoded UTF-8: write a space as + or %20, a % as %25, and other"
                + " characters as the %XX escapes of their UTF-8 bytes";
        assertEquals("parameter 'q'" + rule, refusal("q=%zz"));
        assertEquals("parameter 'limit'" + rule, refusal("q=a&limit=%"));
        assertEquals("parameter 'q'" + rule, refusal("q=%FF"));
        assertEquals("parameter 'q'" + rule, refusal("q=%u0041"));
    }

    @Test
    void an_unknown_parameter_is_refused_with_the_allowed_ones() {
        assertEquals("unknown parameter 'size'; /api/x takes: q, limit", refusal("q=a&size=3"));
        assertEquals("unknown parameter ''; /api/x takes: q, limit", refusal("=3"));
        assertEquals("unknown parameter 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…'; /api/x takes: q, limit",
                refusal("a".repeat(5_000) + "=1"));
        assertEquals("unknown parameter 'x'; /api/y takes no parameters",
                assertThrows(ApiException.class, () -> QueryParams.parse("x=1", "/api/y", Map.of())).problem().detail());
    }

    @Test
    void a_value_longer_than_its_limit_is_refused_by_name() {
        assertEquals("q is 11 characters long; at most 10 are allowed", refusal("q=" + "a".repeat(11)));
        assertEquals("limit is 8,000 characters long; at most 3 are allowed", refusal("limit=" + "9".repeat(8_000)));
    }

    @Test
    void more_than_two_hundred_parameters_are_refused() {
        assertEquals("the query string has more than 200 parameters", refusal("q=a&".repeat(201)));
    }
}
