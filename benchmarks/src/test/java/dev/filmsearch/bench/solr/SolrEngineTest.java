package dev.filmsearch.bench.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.filmsearch.bench.docs.BenchDoc;
import dev.filmsearch.bench.engine.Answer;
import dev.filmsearch.bench.engine.EngineRequest;
import dev.filmsearch.bench.query.BenchQuery;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolrEngineTest {
    private static final String QF = "qf=title%5E5+title_en%5E4+title_es%5E4+names%5E3+alt_title%5E2+alt_title_en%5E2"
            + "+alt_title_es%5E2+film_title%5E2+film_title_en%5E2+film_title_es%5E2+characters%5E1.5+text_en+text_es";
    private static final String FACETS = "&rows=10&fl=key&facet=true&facet.field=genres&facet.field=directors"
            + "&facet.limit=10&facet.mincount=1";

    private final SolrEngine solr = new SolrEngine();

    @Test
    void a_words_query_is_an_edismax_get_over_the_boosted_text_fields_with_both_facets() {
        EngineRequest r = solr.search(BenchQuery.words("the dark knigth"));

        assertEquals("GET", r.method());
        assertEquals("/solr/films/select?defType=edismax&q=the+dark+knigth&" + QF + "&tie=0.1" + FACETS,
                r.pathAndQuery());
        assertNull(r.contentType());
        assertNull(r.body());
    }

    @Test
    void the_matched_setup_ors_every_word_exactly_with_every_word_typo_tolerant_in_the_title_or_names_under_a_prior() {
        SolrEngine matched = new SolrEngine(true);
        assertEquals("solr-matched", matched.name());
        String path = java.net.URLDecoder.decode(matched.search(BenchQuery.words("the dark knigth")).pathAndQuery(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("/solr/films/select?fuzzy0=title^3&fuzzy1=names^2&q={!boost b=$prior v=$main}"
                + "&main=_query_:\"{!edismax qf=$qf mm=100% v=$words}\""
                + " _query_:\"{!edismax qf=$fuzzy0 mm=100% v=$typos}\"^0.2"
                + " _query_:\"{!edismax qf=$fuzzy1 mm=100% v=$typos}\"^0.2"
                + "&prior=product(log(sum(votes,2)),if(termfreq(type,'film'),2,1))"
                + "&words=the dark knigth&typos=the dark~1 knigth~1&qf=" + SolrEngine.QF + "&tie=0.1"
                + java.net.URLDecoder.decode(FACETS, java.nio.charset.StandardCharsets.UTF_8), path);
    }

    @Test
    void typo_tolerant_words_follow_filmsearchs_thresholds_with_query_syntax_escaped() {
        assertEquals("war star~1 godfahter~2 ab\\:c~1 \\(x\\)", SolrEngine.typos("  war star godfahter ab:c (x)"));
    }

    @Test
    void a_phrase_query_sends_the_words_in_quotes_to_the_same_fields() {
        EngineRequest r = solr.search(new BenchQuery(BenchQuery.Kind.PHRASE, "here's looking at you", null, "phrase"));

        assertEquals("/solr/films/select?defType=edismax&q=%22here%27s+looking+at+you%22&" + QF + "&tie=0.1" + FACETS,
                r.pathAndQuery());
    }

    @Test
    void a_director_is_an_exact_term_filter_on_the_directors_field() {
        EngineRequest r = solr.search(new BenchQuery(BenchQuery.Kind.WORDS, "war", "Steven Spielberg", "director"));

        assertEquals("/solr/films/select?defType=edismax&q=war&" + QF + "&tie=0.1"
                + "&fq=%7B%21term+f%3Ddirectors%7DSteven+Spielberg" + FACETS, r.pathAndQuery());
    }

    @Test
    void a_director_without_words_matches_all_of_that_directors_records() {
        EngineRequest r = solr.search(new BenchQuery(BenchQuery.Kind.WORDS, "", "Christopher Nolan", "director"));

        assertEquals("/solr/films/select?q=*%3A*&fq=%7B%21term+f%3Ddirectors%7DChristopher+Nolan" + FACETS,
                r.pathAndQuery());
    }

    @Test
    void answer_reads_num_found_the_keys_in_rank_order_and_the_flat_facet_lists() throws IOException {
        String body = """
                {"responseHeader":{"status":0,"QTime":3},
                 "response":{"numFound":4321,"start":0,"numFoundExact":true,"docs":[
                   {"key":"film/tt0068646"},{"key":"quote/q17"},{"key":"person/nm0000338"}]},
                 "facet_counts":{"facet_queries":{},
                   "facet_fields":{
                     "genres":["Drama",900,"Crime",512,"Thriller",7],
                     "directors":["Francis Ford Coppola",40,"Sergio Leone",3]},
                   "facet_ranges":{},"facet_intervals":{},"facet_heatmaps":{}}}
                """;

        Answer a = solr.answer(body);

        assertEquals(4321, a.hits());
        assertEquals(List.of("film/tt0068646", "quote/q17", "person/nm0000338"), a.keys());
        assertEquals(Map.of("Drama", 900L, "Crime", 512L, "Thriller", 7L), a.genres());
        assertEquals(Map.of("Francis Ford Coppola", 40L, "Sergio Leone", 3L), a.directors());
    }

    @Test
    void answer_with_no_matches_has_zero_hits_no_keys_and_empty_facets() throws IOException {
        Answer a = solr.answer("""
                {"response":{"numFound":0,"start":0,"docs":[]},
                 "facet_counts":{"facet_fields":{"genres":[],"directors":[]}}}
                """);

        assertEquals(new Answer(0, List.of(), Map.of(), Map.of()), a);
    }

    @Test
    void answer_refuses_a_solr_error_body() {
        IOException e = assertThrows(IOException.class, () -> solr.answer("""
                {"responseHeader":{"status":400},"error":{"msg":"undefined field nope","code":400}}
                """));

        assertEquals("not a Solr search response: {\"responseHeader\":{\"status\":400},"
                + "\"error\":{\"msg\":\"undefined field nope\",\"code\":400}}", e.getMessage());
    }

    @Test
    void a_spanish_review_goes_to_text_es_with_its_films_facets_and_no_empty_fields() {
        BenchDoc review = new BenchDoc("review/mc-12", "review", "mc-12", null, null, List.of("Ana"), List.of(),
                "Una película de terror excelente", "es", List.of("Horror"), List.of("Alejandro Amenábar"), 2001,
                7.6, 90_000L, "tt0230600", "Los otros");

        Map<String, Object> doc = SolrEngine.solrDoc(review);

        assertEquals(List.of("key", "type", "id", "film_title", "names", "text_es", "language", "genres", "directors",
                "year", "rating", "votes", "film_id"), List.copyOf(doc.keySet()));
        assertEquals("Una película de terror excelente", doc.get("text_es"));
        assertEquals("Los otros", doc.get("film_title"));
        assertEquals(List.of("Alejandro Amenábar"), doc.get("directors"));
    }

    @Test
    void an_english_film_keeps_its_titles_and_puts_its_plot_in_text_en() {
        BenchDoc film = new BenchDoc("film/tt0068646", "film", "tt0068646", "The Godfather", "The Godfather",
                List.of("Francis Ford Coppola", "Marlon Brando"), List.of("Vito Corleone"), "A mafia family saga",
                "en", List.of("Crime", "Drama"), List.of("Francis Ford Coppola"), 1972, 9.2, 2_000_000L, null, null);

        Map<String, Object> doc = SolrEngine.solrDoc(film);

        assertEquals(List.of("key", "type", "id", "title", "alt_title", "names", "characters", "text_en", "language",
                "genres", "directors", "year", "rating", "votes"), List.copyOf(doc.keySet()));
        assertEquals("A mafia family saga", doc.get("text_en"));
    }
}
