package dev.filmsearch.server.search;

import dev.filmsearch.server.relevance.Judgment;
import dev.filmsearch.server.relevance.RelevanceHarness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelevanceHarnessTest {
    @TempDir
    Path dir;

    private static List<Judgment> fixtureJudgments() throws IOException {
        try (InputStream in = RelevanceHarnessTest.class.getResourceAsStream("/relevance/fixture-queries.tsv")) {
            return Judgment.read(in);
        }
    }

    @Test
    void measures_success_at_1_and_mrr_at_10_overall_and_per_category() throws IOException {
        try (IndexSearchers searchers = new IndexSearchers(SearchFixture.build(dir))) {
            SearchService service = new SearchService(searchers, new SearchConfig(SearchConfig.NO_BUDGET, 20));
            RelevanceHarness.Report report = RelevanceHarness.run(service, fixtureJudgments());
            assertEquals(List.of(1, 1, 1, 1, 1, 2, 0), report.results().stream().map(RelevanceHarness.Result::rank).toList());
            assertEquals(new RelevanceHarness.Scores(7, 5.0 / 7, 5.5 / 7), report.overall());
            assertEquals(new RelevanceHarness.Scores(3, 1.0 / 3, 0.5), report.byCategory().get("title"));
            assertEquals(new RelevanceHarness.Scores(1, 1.0, 1.0), report.byCategory().get("review"));
            assertEquals(List.of("crash", "apocalypse"),
                    report.misses().stream().map(r -> r.judgment().query()).toList());
        }
    }

    @Test
    void measures_did_you_mean_on_spelled_queries_and_on_typos() throws IOException {
        try (IndexSearchers searchers = new IndexSearchers(SearchFixture.build(dir))) {
            SearchService service = new SearchService(searchers, new SearchConfig(SearchConfig.NO_BUDGET, 20));
            RelevanceHarness.Suggestions suggestions = RelevanceHarness.suggestions(service, fixtureJudgments());
            assertEquals(new RelevanceHarness.Suggestions(6, 0, 1, 1, List.of()), suggestions);
            assertEquals(1.0, suggestions.recall());
            assertEquals("did you mean: offered on 0 of 6 spelled queries; right on 1 of 1 typos (recall 1.000)\n",
                    suggestions.format());
        }
    }

    @Test
    void a_suggestion_spells_a_typo_when_it_is_part_of_an_answer_s_title_or_name() {
        Judgment typo = Judgment.read(new ByteArrayInputStream(
                "godfahter\tfilm:The Godfather (1972) | person:Al Pacino\ttypo\n".getBytes(StandardCharsets.UTF_8))).get(0);
        assertTrue(typo.spelledBy("godfather"));
        assertTrue(typo.spelledBy("Al Pacino"));
        assertFalse(typo.spelledBy("godfaster"));
        assertFalse(typo.spelledBy("  "));
    }

    @Test
    void reads_targets_of_every_kind_and_refuses_unknown_ones() {
        String tsv = "# comment\n\nthe godfather\tfilm:tt0068646 | film:The Godfather (1972) | film:Léon\tt\n"
                + "x\tperson:Patricio Guzmán | quote:Jaws | review:El Orfanato\tp\n";
        List<Judgment> judgments = Judgment.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new Judgment.FilmTarget("tt0068646", null, null),
                new Judgment.FilmTarget(null, "thegodfather", 1972), new Judgment.FilmTarget(null, "leon", null)),
                judgments.get(0).targets());
        assertEquals(List.of(new Judgment.PersonTarget("patricioguzman"), new Judgment.QuoteTarget("jaws"),
                new Judgment.ReviewTarget("elorfanato")), judgments.get(1).targets());
        assertEquals(4, judgments.get(1).line());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Judgment.read(
                new ByteArrayInputStream("q\tshow:x\tc\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("line 1: unknown target 'show:x'", e.getMessage());
    }
}
