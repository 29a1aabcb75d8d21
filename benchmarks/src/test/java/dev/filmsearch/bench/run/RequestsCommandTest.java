package dev.filmsearch.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.filmsearch.bench.engine.EngineRequest;
import org.junit.jupiter.api.Test;

class RequestsCommandTest {
    @Test
    void a_request_is_one_tab_separated_line_with_dashes_for_what_it_lacks() {
        assertEquals("GET\t/api/search?q=war\t-\t-", RequestsCommand.line(EngineRequest.get("/api/search?q=war")));
        assertEquals("POST\t/films/_search\tapplication/json\t{\"size\":10}",
                RequestsCommand.line(EngineRequest.postJson("/films/_search", "{\"size\":10}")));
    }

    @Test
    void a_body_with_a_line_break_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> RequestsCommand.line(EngineRequest.postJson("/x", "{\n}")));
    }

    @Test
    void an_engine_spec_is_a_name_and_a_url() {
        assertEquals("solr", EngineSpec.parse("solr=http://127.0.0.1:8983").name());
        assertEquals("http://127.0.0.1:8983", EngineSpec.parse("solr=http://127.0.0.1:8983").url().toString());
        assertThrows(IllegalArgumentException.class, () -> EngineSpec.parse("http://127.0.0.1"));
    }
}
