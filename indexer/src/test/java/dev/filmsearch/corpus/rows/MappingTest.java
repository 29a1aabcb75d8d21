package dev.filmsearch.corpus.rows;

import dev.filmsearch.corpus.CollectingSink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.csv.CsvReader;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.RecordType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingTest {
    @TempDir
    Path dir;

    @Test
    void loads_every_key_of_a_mapping_file() throws IOException {
        Mapping mapping = load("""
                {"description": "all keys", "type": "reviews", "language": "Spanish", "idSource": "muchocine",
                 "idField": "id", "ratingScale": "1-5", "dateFormats": "d 'de' MMMM 'de' yyyy", "latestYear": 2012,
                 "listSeparators": ";", "fields": {"filmTitle": "title", "body": ["body", "text"], "headline": null}}
                """);

        assertEquals(RecordType.REVIEW, mapping.type());
        assertEquals(Language.ES, mapping.language());
        assertEquals("muchocine", mapping.idSource());
        assertEquals("id", mapping.idField());
        assertEquals(new RatingScale(1, 5), mapping.ratingScale());
        assertEquals(2012, mapping.latestYear());
        assertEquals(List.of(";"), mapping.listSeparators());
        assertEquals(List.of("title"), mapping.keys(RecordType.REVIEW, "filmTitle"));
        assertEquals(List.of("body", "text"), mapping.keys(RecordType.REVIEW, "body"));
        assertEquals(List.of(), mapping.keys(RecordType.REVIEW, "headline"));
        assertEquals(List.of("author", "user", "username", "reviewer", "critic"),
                mapping.keys(RecordType.REVIEW, "author"));
        assertEquals(1, mapping.dateFormats().size());
    }

    @Test
    void defaults_the_id_source_to_the_data_file_name_and_the_scale_to_ten() throws IOException {
        Mapping mapping = load("{\"type\": \"quote\"}");

        assertEquals("things", mapping.idSource());
        assertNull(mapping.idField());
        assertNull(mapping.language());
        assertNull(mapping.latestYear());
        assertEquals(RatingScale.TEN, mapping.ratingScale());
        assertEquals(Mapping.DEFAULT_LIST_SEPARATORS, mapping.listSeparators());
        assertEquals(Mapping.DEFAULT_DATE_FORMATS.size(), mapping.dateFormats().size());
    }

    @Test
    void names_the_file_and_the_mistake_in_a_bad_mapping_file() {
        assertEquals("things.mapping.json: \"type\" is missing: film, person, review or quote", bad("{}"));
        assertEquals("things.mapping.json: \"type\" must be film, person, review or quote, not \"trailer\"",
                bad("{\"type\": \"trailer\"}"));
        assertEquals("things.mapping.json: unknown key \"feilds\" (known: dateFormats, description, fields, "
                + "idField, idSource, language, latestYear, listSeparators, ratingScale, type)",
                bad("{\"type\": \"film\", \"feilds\": {}}"));
        assertEquals("things.mapping.json: \"fields\": a film has no field \"body\" (fields: imdbId, title, "
                + "originalTitle, year, releaseDate, releaseCountry, genres, directors, writers, cast, rating, votes, "
                + "runtimeMinutes, languages, countries, plot, keywords, awards, related)",
                bad("{\"type\": \"film\", \"fields\": {\"body\": \"text\"}}"));
        assertEquals("things.mapping.json: \"language\" must be en or es, not \"fr\"",
                bad("{\"type\": \"review\", \"language\": \"fr\"}"));
        assertEquals("things.mapping.json: \"ratingScale\": a rating scale needs 0 <= min < max, not 5–1",
                bad("{\"type\": \"review\", \"ratingScale\": \"5-1\"}"));
        assertEquals("things.mapping.json: \"ratingScale\" is written \"1-5\" or {\"min\": 1, \"max\": 5}",
                bad("{\"type\": \"review\", \"ratingScale\": 5}"));
        assertEquals("things.mapping.json: \"latestYear\" must be a year such as 2012, not \"2012\"",
                bad("{\"type\": \"film\", \"latestYear\": \"2012\"}"));
        assertEquals("things.mapping.json: \"dateFormats\": \"MMM {d}\" is not a date pattern: "
                + "Pattern includes reserved character: '{'",
                bad("{\"type\": \"film\", \"dateFormats\": \"MMM {d}\"}"));
        assertEquals("things.mapping.json: \"fields.title\" must hold strings only, not 3",
                bad("{\"type\": \"film\", \"fields\": {\"title\": [3]}}"));
        assertEquals("things.mapping.json: a mapping file holds one JSON object", bad("[]"));
        assertTrue(bad("{\"type\": ").startsWith("things.mapping.json: not valid JSON at line 1: "));
    }

    @Test
    void reports_a_bad_mapping_file_as_a_problem_and_skips_its_data_file() throws IOException {
        Path csv = Files.writeString(dir.resolve("things.csv"), "title\nFargo\n");
        write("{\"type\": \"film\", \"fields\": {\"name\": \"title\"}}");
        CorpusSource source = new CorpusSource("things.csv", "csv", List.of(new CorpusFile(csv, "things.csv")),
                new CorpusFile(dir.resolve("things.mapping.json"), "things.mapping.json"));

        CollectingSink sink = RowFixtures.read(new CsvReader(), source);

        assertEquals(List.of(), sink.records);
        assertEquals(List.of("things.mapping.json:0: bad mapping file, things.csv not read: \"fields\": a film has no "
                + "field \"name\" (fields: imdbId, title, originalTitle, year, releaseDate, releaseCountry, genres, "
                + "directors, writers, cast, rating, votes, runtimeMinutes, languages, countries, plot, keywords, "
                + "awards, related)"), sink.problemLines());
    }

    @Test
    void names_the_mapping_file_beside_a_data_file() {
        assertEquals("movies.mapping.json", Mapping.fileNameFor("movies.json.gz"));
        assertEquals("muchocine_reviews.mapping.json", Mapping.fileNameFor("muchocine_reviews.jsonl.gz"));
        assertEquals("movie_quotes.mapping.json", Mapping.fileNameFor("movie_quotes.csv"));
        assertEquals("README.mapping.json", Mapping.fileNameFor("README"));
        assertTrue(Mapping.isMappingFile("movies.Mapping.JSON"));
        assertFalse(Mapping.isMappingFile("movies.json"));
    }

    private Mapping load(String json) throws IOException {
        return Mapping.load(new CorpusFile(write(json), "things.mapping.json"));
    }

    private String bad(String json) {
        return assertThrows(IllegalArgumentException.class, () -> load(json)).getMessage();
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("things.mapping.json"), json);
    }
}
