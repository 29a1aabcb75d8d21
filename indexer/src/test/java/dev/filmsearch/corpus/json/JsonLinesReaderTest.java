package dev.filmsearch.corpus.json;

import dev.filmsearch.corpus.CollectingSink;
import static dev.filmsearch.corpus.rows.RowFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Review;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    private final JsonLinesReader reader = new JsonLinesReader();

    @Test
    void reads_our_own_lines_with_lists_as_delimited_strings() {
        List<CatalogRecord> records = read(reader, "native.jsonl").records;

        Film fargo = Film.builder("Fargo").year(1996).genres(List.of("Crime", "Drama"))
                .directors(List.of(Credit.named("Joel Coen"), Credit.named("Ethan Coen"))).rating(8.1)
                .castMember("Frances McDormand", null).castMember("William H. Macy", null).build();
        Person frances = new Person("frances-mcdormand", "Frances McDormand", List.of("actress", "producer"), 1957,
                null, List.of());
        Review review = (Review) records.get(2);
        Review snow = new Review(review.id(), null, "Fargo", 1996, null, null, null, null, null, 3, 4, "Snow.",
                Language.EN);
        Quote quote = (Quote) records.get(3);
        Quote chipper = new Quote(quote.id(), "tt0116282", null, null, "Marge Gunderson",
                "And I guess that was your accomplice in the wood chipper.", null);
        Review good = (Review) records.get(4);
        Review outOfRange = new Review(good.id(), null, "Fargo", null, null, null, null, null, null, null, null,
                "Good.", null);
        assertEquals(List.of(fargo, frances, snow, chipper, outOfRange), records);
        assertEquals(18, snow.id().length(), snow.id());
    }

    @Test
    void reports_each_bad_line_with_its_number() {
        CollectingSink sink = read(reader, "native.jsonl");

        assertEquals(List.of(
                "native.jsonl:6: not valid JSON at column 26",
                "native.jsonl:7: not a JSON object",
                "native.jsonl:8: no type (film, person, review or quote)",
                "native.jsonl:9: unknown type 'trailer'",
                "native.jsonl:10: missing title",
                "native.jsonl:11: missing body",
                "native.jsonl:12: missing film id or title",
                "native.jsonl:13: missing name",
                "native.jsonl:14: ignored date 'yesterday': not a date",
                "native.jsonl:14: ignored rating '12': outside 0–10",
                "native.jsonl:14: ignored helpful '5 of 2': more helpful votes than votes",
                "native.jsonl:14: ignored language 'fr': not a supported language (en, es)"),
                sink.problemLines());
    }

    @Test
    void reads_mapped_reviews_on_a_five_star_scale_with_html_line_breaks() {
        CollectingSink sink = read(reader, "reviews.jsonl");

        assertEquals(List.of(
                new Review("r-muchocine-2", null, "La guerra de los mundos", null, "Hasta aquí", "Torbe", null, null,
                        2.0, null, null, "Primera línea.\n\nSegunda línea.\nTercera.", Language.ES),
                new Review("r-muchocine-3", null, "Mar adentro", null, "Muy buena", "Ana", null, null, 8.0, null,
                        null, "Bardem.", Language.ES),
                new Review("r-muchocine-4", null, "Soy leyenda", null, "Floja", "Luis", null, null, null, null, null,
                        "Fuera de escala.", Language.ES)),
                sink.records);
        assertEquals(List.of(
                "reviews.jsonl:4: ignored rank '6': outside 1–5",
                "reviews.jsonl:5: missing body"), sink.problemLines());
    }

    @Test
    void a_line_nested_1001_deep_or_holding_a_20_million_character_string_is_a_problem_and_reading_goes_on(
            @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("hostile.jsonl"), String.join("\n",
                "{\"type\":\"film\",\"title\":\"Before\"}",
                "{\"type\":\"film\",\"title\":\"Deep\",\"x\":" + "[".repeat(1_001) + "]".repeat(1_001) + "}",
                "{\"type\":\"film\",\"title\":\"Long\",\"plot\":\"" + "x".repeat(20_000_000) + "\"}",
                "{\"type\":\"film\",\"title\":\"Big\",\"year\":" + "9".repeat(1_001) + "}",
                "{\"type\":\"film\",\"title\":\"After\"}"));

        CollectingSink sink = read(reader, new CorpusSource("hostile.jsonl", "jsonl",
                List.of(new CorpusFile(file, "hostile.jsonl")), null));

        assertEquals(List.of("Before", "After"), sink.films().stream().map(Film::title).toList());
        assertEquals(List.of(
                "hostile.jsonl:2: nested deeper than 200 levels",
                "hostile.jsonl:3: a string longer than 10,000,000 characters",
                "hostile.jsonl:4: a number longer than 1,000 digits"), sink.problemLines());
    }
}
