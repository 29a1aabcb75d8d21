package dev.filmsearch.bench.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmsearch.bench.docs.BenchDoc;
import dev.filmsearch.bench.engine.Answer;
import dev.filmsearch.bench.engine.EngineRequest;
import dev.filmsearch.bench.query.BenchQuery;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenSearchEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIELDS = """
            ["title^3","title.en^2","title.es^2","names^2","alt_title^1.5","alt_title.en^1.2","alt_title.es^1.2",
             "film_title^1.5","film_title.en^1.2","film_title.es^1.2","characters","text_en","text_es"]""";
    private static final String AGGS = """
            "aggs":{"genres":{"terms":{"field":"genres","size":10}},
                    "directors":{"terms":{"field":"directors","size":10}}}""";

    private final OpenSearchEngine engine = new OpenSearchEngine();

    @Test
    void aWordsQueryIsAnExactMultiMatchOverAllFieldsOrAWeakerFuzzyOneOverTitleAndNames() throws IOException {
        EngineRequest r = engine.search(BenchQuery.words("godfather"));

        assertEquals("POST", r.method());
        assertEquals("/records/_search", r.pathAndQuery());
        assertEquals("application/json", r.contentType());
        assertJson("""
                {"size":10,"track_total_hits":true,"_source":false,
                 "query":{"bool":{"should":[
                   {"multi_match":{"query":"godfather","type":"best_fields","fields":%s,"tie_breaker":0.2}},
                   {"multi_match":{"query":"godfather","type":"best_fields","fields":["title^3","names^2"],
                                   "tie_breaker":0.2,"fuzziness":"AUTO:4,8","prefix_length":1,"boost":0.2}}],
                   "minimum_should_match":1}},
                 %s}""".formatted(FIELDS, AGGS), r.body());
    }

    @Test
    void theMatchedSetupRequiresEveryWordExactlyOrTypoTolerantInTheTitleOrNamesAndMultipliesByAPrior()
            throws IOException {
        OpenSearchEngine matched = new OpenSearchEngine(true);
        assertEquals("opensearch-matched", matched.name());
        assertJson("""
                {"size":10,"track_total_hits":true,"_source":false,
                 "query":{"bool":{"must":[{"function_score":{
                   "query":{"bool":{"minimum_should_match":1,"should":[
                     {"multi_match":{"query":"dark knigth","type":"cross_fields","fields":%s,"tie_breaker":0.2,
                                     "operator":"and"}},
                     {"multi_match":{"query":"dark knigth","type":"best_fields","fields":["title^3"],"tie_breaker":0.2,
                                     "fuzziness":"AUTO:4,8","prefix_length":1,"operator":"and","boost":0.2}},
                     {"multi_match":{"query":"dark knigth","type":"best_fields","fields":["names^2"],"tie_breaker":0.2,
                                     "fuzziness":"AUTO:4,8","prefix_length":1,"operator":"and","boost":0.2}}]}},
                   "functions":[{"field_value_factor":{"field":"votes","modifier":"log2p","missing":0}},
                                {"weight":2.0,"filter":{"term":{"type":"film"}}}],
                   "score_mode":"multiply","boost_mode":"multiply"}}]}},
                 %s}""".formatted(FIELDS, AGGS), matched.search(BenchQuery.words("dark knigth")).body());
    }

    @Test
    void aPhraseQueryIsAPhraseMultiMatchOverTheSameFieldsWithoutTypos() throws IOException {
        EngineRequest r = engine.search(new BenchQuery(BenchQuery.Kind.PHRASE, "may the force", null, "phrase"));

        assertJson("""
                {"size":10,"track_total_hits":true,"_source":false,
                 "query":{"bool":{"must":[
                   {"multi_match":{"query":"may the force","type":"phrase","fields":%s,"tie_breaker":0.2}}]}},
                 %s}""".formatted(FIELDS, AGGS), r.body());
    }

    @Test
    void aDirectorIsATermOnTheDirectorsKeywordInBoolFilter() throws IOException {
        JsonNode bool = body(engine.search(new BenchQuery(BenchQuery.Kind.WORDS, "war", "Steven Spielberg", "d")))
                .path("query").path("bool");

        assertEquals(JSON.readTree("[{\"term\":{\"directors\":\"Steven Spielberg\"}}]"), bool.path("filter"));
        assertEquals(2, bool.path("should").size());
        assertEquals(1, bool.path("minimum_should_match").asInt());
    }

    @Test
    void aDirectorWithoutWordsListsAllTheirRecordsMostVotesFirst() throws IOException {
        EngineRequest r = engine.search(new BenchQuery(BenchQuery.Kind.WORDS, "", "Christopher Nolan", "d"));

        assertJson("""
                {"size":10,"track_total_hits":true,"_source":false,
                 "query":{"bool":{"must":[{"match_all":{}}],
                                  "filter":[{"term":{"directors":"Christopher Nolan"}}]}},
                 "sort":[{"votes":{"order":"desc"}}],
                 %s}""".formatted(AGGS), r.body());
    }

    @Test
    void answerReadsTheExactTotalTheIdsInRankOrderAndBothFacetsInBucketOrder() throws IOException {
        String response = """
                {"took":3,"timed_out":false,
                 "hits":{"total":{"value":1234,"relation":"eq"},"max_score":9.5,
                         "hits":[{"_index":"records","_id":"film/tt0068646","_score":9.5},
                                 {"_index":"records","_id":"review/r-7","_score":4.25},
                                 {"_index":"records","_id":"person/nm0000338","_score":3.0}]},
                 "aggregations":{
                   "genres":{"doc_count_error_upper_bound":0,"sum_other_doc_count":5,
                             "buckets":[{"key":"Drama","doc_count":700},{"key":"Crime","doc_count":650}]},
                   "directors":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
                                "buckets":[{"key":"Francis Ford Coppola","doc_count":42}]}}}""";

        Answer a = engine.answer(response);

        assertEquals(1234, a.hits());
        assertEquals(List.of("film/tt0068646", "review/r-7", "person/nm0000338"), a.keys());
        Map<String, Long> genres = new LinkedHashMap<>();
        genres.put("Drama", 700L);
        genres.put("Crime", 650L);
        assertEquals(genres, a.genres());
        assertEquals(Map.of("Francis Ford Coppola", 42L), a.directors());
    }

    @Test
    void answerFailsWithTheEnginesErrorInsteadOfReadingZeroHits() {
        String response = """
                {"error":{"type":"index_not_found_exception","reason":"no such index [records]"},"status":404}""";

        IOException e = assertThrows(IOException.class, () -> engine.answer(response));
        assertEquals(true, e.getMessage().contains("index_not_found_exception"));
    }

    @Test
    void aSpanishRecordsTextGoesToTextEsAndEmptyFieldsAreLeftOut() {
        BenchDoc review = new BenchDoc("review/r-1", "review", "r-1", null, null, List.of("Ana"), List.of(),
                "Una película estupenda", "es", List.of("Drama"), List.of("Pedro Almodóvar"), 1999, 7.8, 1200L,
                "todo-sobre-mi-madre-1999", "Todo sobre mi madre");

        JsonNode s = OpenSearchEngine.source(review);

        assertEquals("Una película estupenda", s.path("text_es").asText());
        assertFalse(s.has("text_en"));
        assertFalse(s.has("title"));
        assertFalse(s.has("characters"));
        assertEquals("Todo sobre mi madre", s.path("film_title").asText());
        assertEquals("[\"Pedro Almodóvar\"]", s.path("directors").toString());
        assertEquals(1999, s.path("year").asInt());
        assertEquals(1200L, s.path("votes").asLong());
    }

    @Test
    void theBulkBodyIndexesEachRecordUnderItsKey() throws IOException {
        BenchDoc person = new BenchDoc("person/nm1", "person", "nm1", "Patricio Guzmán", null,
                List.of("Patricio Guzmán"), List.of(), "director", "en", List.of(), List.of(), null, null, null,
                null, null);

        String[] lines = OpenSearchEngine.bulkBody(List.of(person)).split("\n");

        assertEquals(2, lines.length);
        assertJson("{\"index\":{\"_index\":\"records\",\"_id\":\"person/nm1\"}}", lines[0]);
        assertJson("""
                {"type":"person","id":"nm1","title":"Patricio Guzmán","names":["Patricio Guzmán"],
                 "text_en":"director","language":"en"}""", lines[1]);
    }

    @Test
    void aBulkResponseWithErrorsFailsWithTheFirstRejectedRecord() {
        String response = """
                {"took":5,"errors":true,"items":[
                  {"index":{"_id":"film/a","status":201}},
                  {"index":{"_id":"film/b","status":400,"error":{"type":"mapper_parsing_exception",
                            "reason":"failed to parse field [year]"}}},
                  {"index":{"_id":"film/c","status":400,"error":{"type":"x","reason":"y"}}}]}""";

        IOException e = assertThrows(IOException.class, () -> OpenSearchEngine.checkBulk(200, response));
        assertEquals("opensearch rejected record film/b: mapper_parsing_exception: failed to parse field [year]",
                e.getMessage());
    }

    @Test
    void aBulkResponseWithoutErrorsPasses() throws IOException {
        OpenSearchEngine.checkBulk(200, "{\"took\":5,\"errors\":false,\"items\":[{\"index\":{\"_id\":\"film/a\"}}]}");
    }

    @Test
    void theIndexHasOneShardNoReplicasNoCachesAndNoRefreshWhileLoading() throws IOException {
        JsonNode index = JSON.readTree(OpenSearchEngine.indexDefinition()).path("settings").path("index");

        assertEquals(1, index.path("number_of_shards").asInt());
        assertEquals(0, index.path("number_of_replicas").asInt());
        assertFalse(index.path("requests.cache.enable").asBoolean(true));
        assertFalse(index.path("queries.cache.enabled").asBoolean(true));
        assertEquals("-1", index.path("refresh_interval").asText());
    }

    private static JsonNode body(EngineRequest r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static void assertJson(String expected, String actual) throws IOException {
        assertEquals(JSON.readTree(expected), JSON.readTree(actual));
    }
}
