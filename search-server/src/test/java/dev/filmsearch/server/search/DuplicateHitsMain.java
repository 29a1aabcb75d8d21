package dev.filmsearch.server.search;

import dev.filmsearch.catalog.TitleVariants;
import dev.filmsearch.server.relevance.Judgment;
import dev.filmsearch.server.relevance.RelevanceHarness;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the labelled relevance queries on an index generation and prints every pair of film hits in a query's top
 * 10 that look like one film: a shared normalised title (or a form of one, {@code TitleVariants}) and years at most
 * one apart. The measure of docs/indexing.md ("duplicates among the top 10"), each pair then checked by hand:
 * {@code DuplicateHitsMain INDEX_GENERATION}.
 */
public final class DuplicateHitsMain {
    private DuplicateHitsMain() {
    }

    public static void main(String[] args) throws Exception {
        List<Judgment> judgments;
        try (InputStream in = DuplicateHitsMain.class.getResourceAsStream("/relevance/queries.tsv")) {
            judgments = Judgment.read(in);
        }
        Path generation = Path.of(args[0]);
        if (Files.exists(generation.resolve("CURRENT"))) {
            generation = generation.resolve(Files.readString(generation.resolve("CURRENT")).strip());
        }
        int pairs = 0;
        try (IndexSearchers searchers = new IndexSearchers(generation)) {
            SearchService service = new SearchService(searchers, new SearchConfig(SearchConfig.NO_BUDGET, 20));
            for (Judgment j : judgments) {
                List<Hit> hits = service.search(new SearchRequest(j.query(), Set.of(), List.of(), List.of(), null,
                        List.of(), SortOrder.RELEVANCE, 1, RelevanceHarness.DEPTH)).hits();
                List<Hit> films = new ArrayList<>(hits.stream().filter(h -> h.type().equals("film")).toList());
                for (int a = 0; a < films.size(); a++) {
                    for (int b = a + 1; b < films.size(); b++) {
                        if (alike(films.get(a), films.get(b))) {
                            pairs++;
                            System.out.println(j.query() + "\t" + describe(films.get(a)) + "\t" + describe(films.get(b)));
                        }
                    }
                }
            }
        }
        System.out.println(pairs + " look-alike pairs of film hits in the top " + RelevanceHarness.DEPTH + " of "
                + judgments.size() + " queries");
    }

    private static boolean alike(Hit a, Hit b) {
        if (a.year() != null && b.year() != null && Math.abs(a.year() - b.year()) > 1) {
            return false;
        }
        Set<String> keys = TitleVariants.of(a.title()).keySet();
        return TitleVariants.of(b.title()).keySet().stream().anyMatch(keys::contains);
    }

    private static String describe(Hit h) {
        return h.title() + " (" + h.year() + ") [" + h.id() + "] " + String.join("/", h.directors());
    }
}
