package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.build.RecordsIndexer;
import dev.filmsearch.model.Film;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceSwapTest {
    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void after_a_swap_searches_facets_and_suggestions_come_from_the_new_index() throws IOException {
        try (IndexSearchers searchers = new IndexSearchers(SearchFixture.build(first))) {
            SearchService service = new SearchService(searchers, new SearchConfig(SearchConfig.NO_BUDGET, 20));
            assertEquals(List.of(new FacetValue("Patricio Guzmán", 5, null)), service.facetValues("director", "guz", 5));
            assertEquals(27, service.search(SearchFixture.query("")).total()); // a review and a quote of one film: one hit

            searchers.swap(RecordsIndexer.index(second, List.of(
                    Film.builder("Chile, Obstinate Memory").year(1997).director("Patricio Guzmán").votes(500L).build(),
                    Film.builder("Nostalgia for the Light").year(2010).director("Patricio Guzmán").votes(7_000L).build()),
                    SearchFixture.BUILT_AT));

            assertEquals(List.of(new FacetValue("Patricio Guzmán", 2, null)), service.facetValues("director", "guz", 5));
            assertEquals(3, service.search(SearchFixture.query("")).total());
            assertEquals(List.of(new Suggestion("film", "chile-obstinate-memory-1997", "Chile, Obstinate Memory", 1997)),
                    service.suggest("obst", 5));
            assertEquals("chile-obstinate-memory-1997", service.search(SearchFixture.query("obstinate")).hits().get(0).id());
        }
    }
}
