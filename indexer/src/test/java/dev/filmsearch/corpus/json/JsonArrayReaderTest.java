package dev.filmsearch.corpus.json;

import dev.filmsearch.corpus.CollectingSink;
import static dev.filmsearch.corpus.rows.RowFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.model.Film;
import dev.filmsearch.model.Quote;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArrayReaderTest {
    private final JsonArrayReader reader = new JsonArrayReader();

    @Test
    void reads_mapped_objects_with_numeric_titles_and_two_digit_year_errors() {
        CollectingSink sink = read(reader, "films.json");

        assertEquals(List.of(
                Film.builder("The Land Girls").year(1998).releaseDate(LocalDate.of(1998, 6, 12), null)
                        .rating(6.1).votes(1071L).build(),
                Film.builder("1776").year(1972).releaseDate(LocalDate.of(1972, 3, 16), null)
                        .director("Peter H. Hunt").genre("Musical").rating(7.0).votes(3000L).runtimeMinutes(141)
                        .build(),
                Film.builder("Duel in the Sun").year(1946).releaseDate(LocalDate.of(1946, 12, 31), null)
                        .director("King Vidor").genre("Western").rating(6.9).votes(5000L).runtimeMinutes(144)
                        .build(),
                Film.builder("Bad Values").runtimeMinutes(95).build()),
                sink.records);
        assertEquals(List.of(
                "films.json:4: missing title",
                "films.json:14: not a JSON object",
                "films.json:15: ignored Release Date 'someday': not a date",
                "films.json:15: ignored IMDB Rating 'n/a': not a number"),
                sink.problemLines());
    }

    @Test
    void reads_objects_that_name_their_type_without_a_mapping_file() {
        CollectingSink sink = read(reader, "typed.json");

        Quote quote = sink.all(Quote.class).getFirst();
        assertEquals(List.of(Film.builder("Fargo").year(1996).build(),
                new Quote(quote.id(), null, "Fargo", null, null, "You betcha.", null)), sink.records);
        assertEquals(List.of("typed.json:3: no type (film, person, review or quote)"), sink.problemLines());
    }

    @Test
    void keeps_the_objects_before_broken_json_and_reports_where_it_broke() {
        CollectingSink sink = read(reader, "truncated.json");

        assertEquals(List.of(Film.builder("Fargo").year(1996).build()), sink.records);
        assertEquals(List.of("truncated.json:4: not valid JSON at column 1, the rest of the file is skipped"),
                sink.problemLines());
    }

    @Test
    void reports_a_file_that_is_not_an_array() {
        CollectingSink sink = read(reader, "object.json");

        assertEquals(List.of(), sink.records);
        assertEquals(List.of("object.json:1: not a JSON array: the file must hold one array of objects"),
                sink.problemLines());
    }
}
