package dev.filmsearch.tools.vega;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VegaMoviesConversionTest {
    private static final String MAPPING = """
            {"type": "film", "dateFormats": ["MMM d yyyy"], "latestYear": 2012, "listSeparators": ["|"],
             "fields": {"title": "Title", "directors": "Director", "genres": "Major Genre", "rating": "IMDB Rating",
                        "votes": "IMDB Votes", "releaseDate": "Release Date", "runtimeMinutes": "Running Time min"}}
            """;
    private static final String MOVIES = """
            [
                {"Title": "La mala educaciÛn", "US Gross": 5211842, "Release Date": "Nov 19 2004", "MPAA Rating": "NC-17", "Running Time min": 105, "Major Genre": "Drama", "Director": "Pedro Almodovar", "IMDB Rating": 7.6, "IMDB Votes": 19000},
                {"Title": 1776, "Release Date": "Nov 09 1972", "Running Time min": null, "Major Genre": "Musical", "Director": null, "IMDB Rating": 7.0, "IMDB Votes": 4099},
                {"Title": null, "Release Date": "Nov 03 2006", "Running Time min": 85, "Major Genre": "Thriller/Suspense", "Director": null, "IMDB Rating": 6.6, "IMDB Votes": 11986},
                {"Title": "Duel in the Sun", "Release Date": "Dec 31 2046", "Major Genre": null, "Director": null, "IMDB Rating": 7.0, "IMDB Votes": 2906}
            ]
            """;

    @TempDir
    Path dir;

    @Test
    void each_vega_object_becomes_one_of_our_lines_with_its_title_repaired_and_its_dates_fixed() throws Exception {
        Path movies = Files.writeString(dir.resolve("movies.json"), MOVIES);
        Path mapping = Files.writeString(dir.resolve("movies.mapping.json"), MAPPING);

        VegaMoviesConversion.Result result = VegaMoviesConversion.convert(movies, mapping);

        assertEquals(List.of(
                "{\"type\":\"film\",\"title\":\"La mala educación\",\"year\":2004,\"releaseDate\":\"2004-11-19\","
                        + "\"genres\":[\"Drama\"],\"directors\":[\"Pedro Almodovar\"],\"rating\":7.6,\"votes\":19000,"
                        + "\"runtimeMinutes\":105}",
                "{\"type\":\"film\",\"title\":\"1776\",\"year\":1972,\"releaseDate\":\"1972-11-09\","
                        + "\"genres\":[\"Musical\"],\"rating\":7.0,\"votes\":4099}",
                "{\"type\":\"film\",\"year\":2006,\"releaseDate\":\"2006-11-03\",\"genres\":[\"Thriller/Suspense\"],"
                        + "\"rating\":6.6,\"votes\":11986,\"runtimeMinutes\":85}",
                "{\"type\":\"film\",\"title\":\"Duel in the Sun\",\"year\":1946,\"releaseDate\":\"1946-12-31\","
                        + "\"rating\":7.0,\"votes\":2906}"), result.lines());
        assertEquals(List.of("line 1: title 'La mala educaciÛn' repaired to 'La mala educación'",
                "movies.json:4: missing title: written without a title, line 3"), result.notes());
    }

    @Test
    void a_gz_output_reads_back_line_for_line_and_the_same_lines_give_the_same_bytes() throws Exception {
        List<String> lines = List.of("{\"type\":\"film\",\"title\":\"Amélie\"}", "{\"type\":\"film\",\"title\":\"9\"}");
        Path first = dir.resolve("a.jsonl.gz");
        Path second = dir.resolve("b.jsonl.gz");

        VegaMoviesConversion.write(lines, first);
        VegaMoviesConversion.write(lines, second);

        assertEquals(lines, VegaMoviesConversion.readLines(first));
        assertEquals(-1L, Files.mismatch(first, second));
    }
}
