package dev.filmsearch.tools.vega;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.corpus.CollectingSink;
import dev.filmsearch.corpus.json.JsonArrayReader;
import dev.filmsearch.corpus.json.JsonLinesReader;
import dev.filmsearch.corpus.rows.RowFixtures;
import dev.filmsearch.corpus.rows.SharedCorpusFixture;
import dev.filmsearch.corpus.text.Mojibake;
import dev.filmsearch.model.Film;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled corpus/vega-datasets/movies.jsonl.gz against the shared vega-datasets movies.json it was made from
 * (skipped where ../shared/corpus is absent).
 */
class VegaMoviesIT {
    private static final Path PROJECT = RowFixtures.projectFolder();
    private static final Path BUNDLED = PROJECT.resolve("corpus/vega-datasets/movies.jsonl.gz");

    @Test
    void the_bundled_file_is_what_the_conversion_writes_from_the_shared_copy_today() throws Exception {
        Path shared = SharedCorpusFixture.require().shared().resolve("vega-datasets-movies/movies.json");

        VegaMoviesConversion.Result result = VegaMoviesConversion.convert(shared,
                PROJECT.resolve("mappings/shared/vega-datasets-movies/movies.mapping.json"));

        assertEquals(VegaMoviesConversion.readLines(BUNDLED), result.lines());
        assertEquals(19, result.notes().size());
        assertEquals("movies.json:3055: missing title: written without a title, line 3054", result.notes().getLast());
    }

    @Test
    void the_bundled_films_have_the_shared_films_facts_with_only_their_titles_repaired() throws Exception {
        SharedCorpusFixture fixture = SharedCorpusFixture.require();
        List<Film> original;
        List<String> originalProblems;
        try (SharedCorpusFixture.Corpus corpus = fixture.build(List.of("vega-datasets-movies/movies.json"))) {
            CollectingSink sink = RowFixtures.read(new JsonArrayReader(), corpus.source("vega-datasets-movies/movies.json"));
            original = sink.films();
            originalProblems = sink.problemLines();
        }
        CollectingSink bundled = RowFixtures.read(new JsonLinesReader(),
                SharedCorpusFixture.source(PROJECT.resolve("corpus"), "vega-datasets/movies.jsonl.gz"));

        assertEquals(List.of("vega-datasets-movies/movies.json:3055: missing title"), originalProblems);
        assertEquals(List.of("vega-datasets/movies.jsonl.gz:3054: missing title"), bundled.problemLines());
        List<Film> expected = new ArrayList<>();
        int repaired = 0;
        for (Film film : original) {
            String title = Mojibake.repair(film.title());
            repaired += title.equals(film.title()) ? 0 : 1;
            expected.add(film.toBuilder().title(title).id(null).build());
        }
        assertEquals(18, repaired);
        assertEquals(expected, bundled.films());
    }
}
