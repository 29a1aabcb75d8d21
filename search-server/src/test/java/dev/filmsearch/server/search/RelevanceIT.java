package dev.filmsearch.server.search;

import dev.filmsearch.server.relevance.Judgment;
import dev.filmsearch.server.relevance.RelevanceHarness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.build.BuildListener;
import dev.filmsearch.build.BuildSummary;
import dev.filmsearch.build.IndexBuild;
import dev.filmsearch.corpus.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance suite: builds an index from nine shared data sets (about 127,000 records) and runs the labelled
 * queries of {@code relevance/queries.tsv} through the search service with the default ranking. Prints success@1
 * and MRR@10 overall and per category, and the queries whose answer is not first (also written to
 * {@code target/relevance-report.txt}); fails when either figure drops below what the tuned ranking reaches
 * (docs/relevance.md). With {@code -Dfilmsearch.relevance.tune=name,...} it also tunes those weights
 * ({@link RankingTuner}) from the defaults and reports the best it finds. Also measures "did you mean" on the same
 * queries ({@link RelevanceHarness#suggestions}): offered on none of the correctly spelled, right on every typo.
 */
class RelevanceIT {
    static final double MIN_SUCCESS_AT_1 = 0.97;
    static final double MIN_MRR_AT_10 = 0.97;

    static final List<String> FILES = List.of(
            "imdb-top-1000/imdb_top_1000.csv",
            "imdb-5000-movie-metadata/movie_metadata.csv",
            "imdb-movie-data-2006-2016/IMDB-Movie-Data.csv",
            "tmdb-5000-movies/tmdb_5000_movies.csv.gz",
            "vega-datasets-movies/movies.json",
            "wikipedia-movie-data/movies.json.gz",
            "muchocine-es-reviews/muchocine_reviews.jsonl.gz",
            "aclimdb-reviews/aclimdb_reviews.jsonl.gz",
            "movie-quotes/movie_quotes.csv");

    @TempDir
    static Path index;
    static BuildSummary build;
    static IndexSearchers searchers;
    static List<Judgment> judgments;

    @BeforeAll
    static void indexTheSharedSets() throws Exception {
        Optional<Path> shared = SharedCorpus.shared();
        Assumptions.assumeTrue(shared.isPresent(),
                "../shared/corpus is absent (system property filmsearch.shared.corpus): skipping the relevance suite");
        try (SharedCorpus corpus = SharedCorpus.link(shared.get(), FILES)) {
            build = new IndexBuild(Formats.standard(), BuildListener.NONE, Clock.systemUTC()).run(corpus.root(), index);
        }
        try (InputStream in = RelevanceIT.class.getResourceAsStream("/relevance/queries.tsv")) {
            judgments = Judgment.read(in);
        }
        searchers = new IndexSearchers(Path.of(build.destination()));
    }

    @AfterAll
    static void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
    }

    @Test
    void labelled_queries_find_their_answers_first() throws Exception {
        RelevanceHarness.Report report;
        StringBuilder tuning = new StringBuilder();
        SearchConfig config = new SearchConfig(SearchConfig.NO_BUDGET, 20);
        report = RelevanceHarness.run(new SearchService(searchers, config), judgments);
        String tune = System.getProperty("filmsearch.relevance.tune", "");
        if (!tune.isBlank()) {
            RankingTuner.tune(RankingWeights.defaults(), List.of(tune.split(",")), weights -> {
                RelevanceHarness.Scores s = RelevanceHarness.run(new SearchService(searchers, config, weights),
                        judgments).overall();
                return s.successAt1() + s.mrrAt10();
            }, tuning);
        }
        String text = "index: " + build.indexed() + "\n" + report.format() + tuning;
        System.out.println(text);
        Path target = Path.of(System.getProperty("filmsearch.project.dir", "."), "search-server", "target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("relevance-report.txt"), text, StandardCharsets.UTF_8);
        }
        RelevanceHarness.Scores overall = report.overall();
        assertTrue(overall.successAt1() >= MIN_SUCCESS_AT_1, "success@1 fell below " + MIN_SUCCESS_AT_1 + "\n" + text);
        assertTrue(overall.mrrAt10() >= MIN_MRR_AT_10, "MRR@10 fell below " + MIN_MRR_AT_10 + "\n" + text);
    }

    @Test
    void did_you_mean_is_offered_on_no_spelled_query_and_spells_every_typo() {
        RelevanceHarness.Suggestions suggestions = RelevanceHarness.suggestions(
                new SearchService(searchers, new SearchConfig(SearchConfig.NO_BUDGET, 20)), judgments);
        String text = suggestions.format();
        System.out.println(text);
        assertEquals(80, suggestions.spelled(), text);
        assertEquals(0, suggestions.offeredOnSpelled(), text);
        assertEquals(15, suggestions.typos(), text);
        assertEquals(15, suggestions.rightOnTypos(), text);
    }
}
