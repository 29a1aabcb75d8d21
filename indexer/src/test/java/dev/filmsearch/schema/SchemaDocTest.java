package dev.filmsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.catalog.LinkedRecord;
import dev.filmsearch.corpus.rows.RowFixtures;
import dev.filmsearch.index.DocumentMapper;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Review;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/** docs/indexing.md's schema table says what the analyzers and the document mapper do. */
class SchemaDocTest {
    private static final Pattern FIELD = Pattern.compile("`([a-z_]+)`");

    /** The table's rows: the fields of the first cell → the analysis cell. */
    private static Map<List<String>, String> rows() throws IOException {
        String doc = Files.readString(RowFixtures.projectFolder().resolve("docs/indexing.md"), StandardCharsets.UTF_8);
        String table = doc.substring(doc.indexOf("## Schema"));
        Map<List<String>, String> rows = new LinkedHashMap<>();
        for (String line : table.lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = line.split(" \\| ");
            List<String> fields = new ArrayList<>();
            Matcher m = FIELD.matcher(cells[0]);
            while (m.find()) {
                fields.add(m.group(1));
            }
            rows.put(fields, cells[1]);
        }
        return rows;
    }

    private static List<String> fieldsWhoseAnalysisStartsWith(String start) throws IOException {
        return rows().entrySet().stream().filter(e -> e.getValue().startsWith(start))
                .flatMap(e -> e.getKey().stream()).toList();
    }

    private static List<String> tokens(String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = Analyzers.perField().tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    private static boolean has(Document doc, String field, Predicate<IndexableField> test) {
        return Arrays.stream(doc.getFields(field)).anyMatch(test);
    }

    @Test
    void each_text_field_is_analysed_as_its_row_says() throws IOException {
        assertEquals(List.of("title", "alt_title", "names", "director", "characters"),
                fieldsWhoseAnalysisStartsWith("folded"));
        assertEquals(List.of("title_en", "text_en", "genre_text"), fieldsWhoseAnalysisStartsWith("English"));
        assertEquals(List.of("title_es", "text_es"), fieldsWhoseAnalysisStartsWith("Spanish"));
        for (String field : fieldsWhoseAnalysisStartsWith("folded")) {
            assertEquals(List.of("the", "documentaries", "of", "almodovar"),
                    tokens(field, "The Documentaries of Almodóvar"), field);
        }
        for (String field : fieldsWhoseAnalysisStartsWith("English")) {
            assertEquals(List.of("documentari", "almodovar"), tokens(field, "The Documentaries of Almodóvar's"), field);
        }
        for (String field : fieldsWhoseAnalysisStartsWith("Spanish")) {
            assertEquals(List.of("pelicul", "almodovar"), tokens(field, "Las películas de Almodóvar"), field);
        }
    }

    @Test
    void the_chain_table_lists_each_analysis_filters_in_order() throws IOException {
        String doc = Files.readString(RowFixtures.projectFolder().resolve("docs/indexing.md"), StandardCharsets.UTF_8);
        for (Analysis analysis : Analysis.values()) {
            String row = doc.lines().filter(l -> l.startsWith("| " + analysis.label() + " | ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for the " + analysis.label() + " chain"));
            String filters = row.split(" \\| ")[1].replaceAll(" \\|$", "").replaceAll("\\s*\\([^)]*\\)", "");
            assertEquals(analysis.filters().stream().map(Analysis.Step::filter).toList(),
                    List.of(filters.split(", ")), analysis.label());
        }
    }

    @Test
    void points_and_doc_values_are_where_the_table_says() throws IOException {
        Film film = Film.builder("The Godfather").year(1972).rating(9.2).votes(411088L).build();
        Review review = new Review("r-1", film.id(), "The Godfather", 1972, "A classic", "someone", null, null, 9.0,
                null, null, "An offer you cannot refuse.", Language.EN);
        DocumentMapper mapper = new DocumentMapper();
        Document filmDoc = mapper.toDocument(LinkedRecord.alone(film));
        Document reviewDoc = mapper.toDocument(LinkedRecord.alone(review));

        assertEquals("points + doc values, stored", rows().get(List.of("year", "rating", "votes")));
        for (String field : List.of(Fields.YEAR, Fields.RATING, Fields.VOTES)) {
            assertTrue(has(filmDoc, field, f -> f.fieldType().pointDimensionCount() > 0), field + " points");
            assertTrue(has(filmDoc, field, f -> f.fieldType().docValuesType() != DocValuesType.NONE), field);
            assertTrue(has(filmDoc, field, f -> f.fieldType().stored()), field + " stored");
        }
        assertEquals("doc values, stored (no points)", rows().get(List.of("review_rating")));
        assertTrue(has(reviewDoc, Fields.REVIEW_RATING, f -> f.fieldType().docValuesType() == DocValuesType.NUMERIC));
        assertTrue(has(reviewDoc, Fields.REVIEW_RATING, f -> f.fieldType().stored()));
        assertFalse(has(reviewDoc, Fields.REVIEW_RATING, f -> f.fieldType().pointDimensionCount() > 0));
        assertEquals("sorted doc values of the folded title (no points)", rows().get(List.of("title_sort")));
        assertEquals(List.of("the godfather"), Arrays.stream(filmDoc.getFields(Fields.TITLE_SORT))
                .peek(f -> assertEquals(DocValuesType.SORTED, f.fieldType().docValuesType()))
                .map(f -> f.binaryValue().utf8ToString()).toList());
    }
}
