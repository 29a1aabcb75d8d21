package dev.filmsearch.corpus.rows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {
    private final ObjectMapper json = new ObjectMapper();
    private final Mapping defaults = Mapping.commonNames(dev.filmsearch.model.RecordType.FILM);

    @Test
    void splits_lists_on_the_first_separator_that_occurs() throws BadValue {
        assertEquals(List.of("Crime", "Drama"), names("Crime, Drama"));
        assertEquals(List.of("Action", "Adventure", "Sci-Fi"), names("Action|Adventure|Sci-Fi"));
        assertEquals(List.of("love, actually", "london"), names("love, actually|london"));
        assertEquals(List.of("Drama"), names("Drama"));
        assertEquals(List.of("a", "b"), names("a,,b,"));
    }

    @Test
    void reads_tmdb_style_json_arrays_inside_a_cell() throws BadValue {
        assertEquals(List.of("Action", "Science Fiction"),
                names("[{\"id\": 28, \"name\": \"Action\"}, {\"id\": 878, \"name\": \"Science Fiction\"}]"));
        assertEquals(List.of("Espa\u00f1ol"), names("[{\"iso_639_1\": \"es\", \"name\": \"Espa\\u00f1ol\"}]"));
        assertEquals(List.of(), names("[]"));
        assertEquals("not a JSON array",
                assertThrows(BadValue.class, () -> names("[{\"name\": \"Action\"")).why());
    }

    @Test
    void gives_a_list_item_without_letters_or_digits_no_name() {
        assertEquals("no letter or digit", assertThrows(BadValue.class, () -> Values.itemText(text(")"))).why());
        assertEquals("an object without a name",
                assertThrows(BadValue.class, () -> Values.itemText(json.readTree("{\"id\": 1}"))).why());
    }

    @Test
    void reads_running_times_in_several_spellings() throws BadValue {
        assertEquals(142, Values.minutes(text("142 min")));
        assertEquals(142, Values.minutes(text("142")));
        assertEquals(116, Values.minutes(text("116.0")));
        assertEquals(142, Values.minutes(text("2h 22min")));
        assertEquals(120, Values.minutes(text("2 hours")));
        assertEquals(95, Values.minutes(IntNode.valueOf(95)));
        assertEquals("not a number of minutes", assertThrows(BadValue.class, () -> Values.minutes(text("long"))).why());
    }

    @Test
    void reads_counts_with_thousands_commas() throws BadValue {
        assertEquals(2343110L, Values.count(text("2,343,110")));
        assertEquals(1071L, Values.count(IntNode.valueOf(1071)));
        assertEquals(1071L, Values.count(DoubleNode.valueOf(1071.0)));
        assertEquals("not a whole number", assertThrows(BadValue.class, () -> Values.count(text("12,34"))).why());
        assertEquals("not a whole number", assertThrows(BadValue.class, () -> Values.count(text("-3"))).why());
    }

    @Test
    void reads_years_from_numbers_text_and_dates() throws BadValue {
        assertEquals(1994, Values.year(IntNode.valueOf(1994), defaults.dateFormats()));
        assertEquals(1994, Values.year(text("(1994)"), defaults.dateFormats()));
        assertEquals(2009, Values.year(text("2009-12-10"), defaults.dateFormats()));
        assertEquals(1998, Values.year(text("Jun 12 1998"), defaults.dateFormats()));
        assertEquals("not a year", assertThrows(BadValue.class, () -> Values.year(text("PG"), List.of())).why());
    }

    @Test
    void reads_dates_in_the_default_formats() throws BadValue {
        for (String text : List.of("2004-06-12", "12 June 2004", "June 12, 2004", "Jun 12 2004", "jun 12, 2004",
                "12 Jun 2004")) {
            assertEquals(LocalDate.of(2004, 6, 12), Values.date(text(text), defaults.dateFormats()), text);
        }
        assertEquals("not a date",
                assertThrows(BadValue.class, () -> Values.date(text("2004-02-30"), defaults.dateFormats())).why());
    }

    @Test
    void reads_helpful_counts() throws BadValue {
        assertArrayEquals(new int[] {16, 19}, Values.helpful(text("16 of 19")));
        assertArrayEquals(new int[] {3, 4}, Values.helpful(text("3 de 4")));
        assertArrayEquals(new int[] {3, 4}, Values.helpful(text("3/4")));
    }

    @Test
    void turns_html_line_breaks_into_paragraphs_in_running_text() throws BadValue {
        assertEquals("One.\n\nTwo, three.\nFour.",
                Values.prose(text("  One.<br /><br /><br/>Two,\u00a0 three.<BR>Four.\n\n\n")));
        assertEquals("A <brown> fox\njumps.<br", Values.prose(text("A <brown>\tfox\r\njumps.<br")));
        assertEquals("empty", assertThrows(BadValue.class, () -> Values.prose(text("<br />"))).why());
    }

    @Test
    void reads_numbers_as_text_where_text_is_expected() throws BadValue {
        assertEquals("1776", Values.text(IntNode.valueOf(1776)));
        assertEquals("Avatar", Values.text(text("Avatar\u00a0")));
        assertTrue(Values.isYear(text(" 1998 ")));
        assertFalse(Values.isYear(text("Jun 1998")));
    }

    private List<String> names(String cell) throws BadValue {
        List<String> names = new ArrayList<>();
        for (JsonNode item : Values.items(text(cell), Mapping.DEFAULT_LIST_SEPARATORS, json)) {
            names.add(Values.itemText(item));
        }
        return names;
    }

    private static JsonNode text(String s) {
        return TextNode.valueOf(s);
    }
}
