package dev.filmsearch.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmsearch.schema.Analysis;
import dev.filmsearch.schema.FieldDescription;
import dev.filmsearch.schema.Schema;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.JsonpSerializable;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch._types.analysis.TokenFilter;

class IndexTemplateTest {
    private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper();

    private static JsonNode json(JsonpSerializable value) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = MAPPER.jsonProvider().createGenerator(out)) {
            value.serialize(generator, MAPPER);
        }
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void text_fields_take_the_analysis_chain_of_their_descriptor() throws Exception {
        JsonNode properties = json(IndexTemplate.mappings(Schema.describe())).get("properties");
        assertEquals("{\"type\":\"text\",\"analyzer\":\"folded\"}", properties.get("title").toString());
        assertEquals("{\"type\":\"text\",\"analyzer\":\"english\"}", properties.get("text_en").toString());
        assertEquals("{\"type\":\"text\",\"analyzer\":\"spanish\"}", properties.get("title_es").toString());
    }

    @Test
    void keywords_numbers_sort_keys_and_stored_fields_keep_their_points_and_doc_values() throws Exception {
        JsonNode properties = json(IndexTemplate.mappings(Schema.describe())).get("properties");
        assertEquals("{\"type\":\"keyword\",\"doc_values\":false}", properties.get("film_id").toString());
        assertEquals("{\"type\":\"integer\",\"doc_values\":true,\"index\":true}", properties.get("year").toString());
        assertEquals("{\"type\":\"integer\",\"doc_values\":true,\"index\":false}",
                properties.get("season").toString());
        assertEquals("{\"type\":\"double\",\"doc_values\":true,\"index\":true}", properties.get("rating").toString());
        assertEquals("{\"type\":\"long\",\"doc_values\":true,\"index\":true}", properties.get("votes").toString());
        assertEquals("{\"type\":\"keyword\",\"doc_values\":true,\"index\":false}",
                properties.get("title_sort").toString());
        assertEquals("{\"type\":\"keyword\",\"doc_values\":false,\"index\":false}",
                properties.get("source").toString());
        assertEquals("{\"type\":\"integer\",\"doc_values\":false,\"index\":false}",
                properties.get("known_for").toString());
    }

    @Test
    void ranking_signals_are_rank_features_and_facets_keywords_under_facets() throws Exception {
        JsonNode mapping = json(IndexTemplate.mappings(Schema.describe()));
        assertEquals("strict", mapping.get("dynamic").asText());
        JsonNode properties = mapping.get("properties");
        assertEquals("{\"type\":\"object\",\"properties\":{\"popularity\":{\"type\":\"rank_feature\"},"
                + "\"rating\":{\"type\":\"rank_feature\"}}}", properties.get("features").toString());
        JsonNode facets = properties.get("facets").get("properties");
        assertEquals(List.of("type", "title_type", "director", "genre", "language", "year", "decade"),
                iterable(facets.fieldNames()));
        assertEquals("{\"type\":\"keyword\",\"doc_values\":true}", facets.get("director").toString());
        // the rating facet's buckets are a range aggregation over the rating field: nothing of their own
        assertFalse(facets.has("rating"));
    }

    @Test
    void every_described_field_but_facets_is_a_top_level_property_in_schema_order() throws Exception {
        JsonNode properties = json(IndexTemplate.mappings(Schema.describe())).get("properties");
        List<String> expected = new java.util.ArrayList<>(Schema.describe().stream()
                .filter(d -> d.kind() != FieldDescription.Kind.FACET && d.kind() != FieldDescription.Kind.RANGE_FACET)
                .map(FieldDescription::name).toList());
        expected.add(OpenSearchFields.FACETS);
        assertEquals(expected, iterable(properties.fieldNames()));
    }

    @Test
    void each_chain_becomes_a_custom_analyzer_with_the_same_filters_in_order() throws Exception {
        JsonNode analysis = json(IndexTemplate.analysis(Set.of(Analysis.values())));
        assertEquals("{\"type\":\"custom\",\"filter\":[\"lowercase\",\"asciifolding\"],\"tokenizer\":\"standard\"}",
                analysis.get("analyzer").get("folded").toString());
        assertEquals("[\"english_possessive\",\"lowercase\",\"english_stop\",\"asciifolding\",\"porter_stem\"]",
                analysis.get("analyzer").get("english").get("filter").toString());
        assertEquals("[\"lowercase\",\"spanish_stop\",\"asciifolding\",\"spanish_light_stem\"]",
                analysis.get("analyzer").get("spanish").get("filter").toString());
        JsonNode filters = analysis.get("filter");
        assertEquals("{\"type\":\"stemmer\",\"language\":\"possessive_english\"}",
                filters.get("english_possessive").toString());
        assertEquals("{\"type\":\"stop\",\"stopwords\":[\"_english_\"]}", filters.get("english_stop").toString());
        assertEquals("{\"type\":\"stop\",\"stopwords\":[\"_spanish_\"]}", filters.get("spanish_stop").toString());
        assertEquals("{\"type\":\"stemmer\",\"language\":\"light_spanish\"}",
                filters.get("spanish_light_stem").toString());
    }

    @Test
    void a_token_filter_without_an_opensearch_equivalent_is_refused_by_name() {
        Map<String, TokenFilter> defined = new LinkedHashMap<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndexTemplate.filter(
                new Analysis.Step("stop", List.of("words", "french_stop.txt")), defined));
        assertTrue(e.getMessage().startsWith("the token filter stop[words, french_stop.txt] has no OpenSearch"),
                e.getMessage());
        assertTrue(defined.isEmpty());
    }

    @Test
    void the_template_covers_the_physical_indexes_behind_the_alias_with_its_shards_and_replicas() throws Exception {
        JsonNode request = json(IndexTemplate.request("films", 3, 1));
        assertEquals("[\"films-*\"]", request.get("index_patterns").toString());
        JsonNode index = request.get("template").get("settings");
        assertEquals("[\"films-*\"]", request.get("index_patterns").toString(), request.toString());
        assertEquals(3, index.get("number_of_shards").asInt());
        assertEquals(1, index.get("number_of_replicas").asInt());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
