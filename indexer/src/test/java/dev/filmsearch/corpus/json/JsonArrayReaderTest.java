package dev.filmsearch.corpus.json;

import dev.filmsearch.corpus.CollectingSink;
import static dev.filmsearch.corpus.rows.RowFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.model.Film;
import dev.filmsearch.model.Quote;
import java.time.LocalDate;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
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
        assertEquals(List.of("truncated.json:3: an element left open: a quote or bracket in it never closes",
                "truncated.json:3: the file ends inside the array"),
                sink.problemLines());
    }

    @Test
    void reports_a_file_that_is_not_an_array() {
        CollectingSink sink = read(reader, "object.json");

        assertEquals(List.of(), sink.records);
        assertEquals(List.of("object.json:1: not a JSON array: the file must hold one array of objects"),
                sink.problemLines());
    }

    @Test
    void a_broken_element_costs_only_itself_and_reading_goes_on_at_the_next_object(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), String.join("\n",
                "[",
                "  {\"type\": \"film\", \"title\": \"Fargo\", \"year\": 1996},",
                "  {\"type\": \"film\", \"title\": \"Unclosed, \"year\": 1997},",
                "  {\"type\": \"film\", \"title\": \"Heat\", \"year\": 1995},",
                "  {",
                "    \"type\": \"film\",",
                "    \"title\": {\"nested\": [1, 2,",
                "    \"year\": 1998",
                "  },",
                "  {\"type\": \"film\", \"title\": \"Bad\" \"year\": 1999},",
                "  {\"type\": \"film\", \"title\": \"Thief\"},",
                "  ],",
                "  {\"type\": \"film\", \"title\": \"Too\", \"year\": 2000}}, {\"type\": \"film\", \"title\": \"Same line\"},",
                "  {\"type\": \"film\", \"title\": \"Collateral\", \"year\": 2004}",
                "  },",
                "  {",
                "    \"type\": \"film\",",
                "    \"title\": \"Ronin\"",
                "  }",
                "]"));

        CollectingSink sink = read(reader, new CorpusSource("broken.json", "json",
                List.of(new CorpusFile(file, "broken.json")), null));

        assertEquals(List.of("Fargo", "Heat", "Thief", "Too", "Same line", "Collateral", "Ronin"),
                sink.films().stream().map(Film::title).toList());
        assertEquals(List.of(
                "broken.json:3: an element left open: a quote or bracket in it never closes",
                "broken.json:8: not valid JSON at column 11",
                "broken.json:10: not valid JSON at column 33",
                "broken.json:12: unexpected ']' between elements",
                "broken.json:13: unexpected '}' between elements",
                "broken.json:15: unexpected '}' between elements"), sink.problemLines());
    }
}
