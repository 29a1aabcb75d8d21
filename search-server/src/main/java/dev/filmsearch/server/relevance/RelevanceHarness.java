package dev.filmsearch.server.relevance;

import dev.filmsearch.server.search.Hit;
import dev.filmsearch.server.search.SearchRequest;
import dev.filmsearch.server.search.SearchService;
import dev.filmsearch.server.search.SortOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs labelled queries ({@link Judgment}) through a {@link SearchService} and measures how well it answers them:
 * success@1 (the share of queries whose first hit is an answer) and MRR@10 (the mean of 1/rank of the first answer
 * in the top 10, 0 when there is none), overall and per category.
 */
public final class RelevanceHarness {
    public static final int DEPTH = 10;

    /** Where the first answer came (1-based; 0: not in the top {@link #DEPTH}) and what came first instead. */
    public record Result(Judgment judgment, int rank, List<String> top) {
        public double reciprocalRank() {
            return rank == 0 ? 0 : 1.0 / rank;
        }
    }

    /** Success@1 and MRR@10 of a set of results. */
    public record Scores(int queries, double successAt1, double mrrAt10) {
        public static Scores of(List<Result> results) {
            double s = results.stream().filter(r -> r.rank() == 1).count();
            double mrr = results.stream().mapToDouble(Result::reciprocalRank).sum();
            int n = results.size();
            return new Scores(n, n == 0 ? 0 : s / n, n == 0 ? 0 : mrr / n);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%3d queries  success@1 %.3f  MRR@10 %.3f", queries, successAt1, mrrAt10);
        }
    }

    public record Report(List<Result> results) {
        public Scores overall() {
            return Scores.of(results);
        }

        public Map<String, Scores> byCategory() {
            Map<String, List<Result>> groups = new LinkedHashMap<>();
            for (Result r : results) {
                groups.computeIfAbsent(r.judgment().category(), k -> new ArrayList<>()).add(r);
            }
            Map<String, Scores> out = new LinkedHashMap<>();
            groups.forEach((k, v) -> out.put(k, Scores.of(v)));
            return out;
        }

        public List<Result> misses() {
            return results.stream().filter(r -> r.rank() != 1).toList();
        }

        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append("overall            ").append(overall()).append('\n');
            byCategory().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-18s %s%n", k, v)));
            sb.append("not first:\n");
            for (Result r : misses()) {
                sb.append(String.format(Locale.ROOT, "  rank %-2s %-34s -> %s%n", r.rank() == 0 ? "-" : r.rank(),
                        r.judgment().query(), String.join(" ; ", r.top())));
            }
            return sb.toString();
        }
    }

    /**
     * "Did you mean" on labelled queries: on the {@code spelled} queries (every category but {@link #TYPO}), how many
     * were offered a suggestion (the right figure is 0: a suggestion there changes what the user meant); on the
     * {@code typos}, how many were offered one that spells an answer's title or name ({@link Judgment#spelledBy}).
     * {@code wrong} lists the queries that missed either way, as "query -> suggestion".
     */
    public record Suggestions(int spelled, int offeredOnSpelled, int typos, int rightOnTypos, List<String> wrong) {
        public Suggestions {
            wrong = List.copyOf(wrong);
        }

        /** The share of typo queries offered their right spelling, 0 without typo queries. */
        public double recall() {
            return typos == 0 ? 0 : (double) rightOnTypos / typos;
        }

        public String format() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "did you mean: offered on %d of %d spelled queries; right on %d of %d typos (recall %.3f)%n",
                    offeredOnSpelled, spelled, rightOnTypos, typos, recall()));
            wrong.forEach(w -> sb.append("  ").append(w).append('\n'));
            return sb.toString();
        }
    }

    /** The category of the labelled queries with a typing mistake. */
    public static final String TYPO = "typo";

    /** The "did you mean" an engine offers for a query, or null. */
    @FunctionalInterface
    public interface Speller {
        String suggestion(String query) throws Exception;
    }

    /** Runs the judgments through the search service with the default ranking and measures its suggestions. */
    public static Suggestions suggestions(SearchService service, List<Judgment> judgments) {
        try {
            return suggestions(query -> service.search(new SearchRequest(query, Set.of(), List.of(), List.of(), null,
                    List.of(), SortOrder.RELEVANCE, 1, DEPTH)).suggestion(), judgments);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the judgments through any engine that offers suggestions and measures them. */
    public static Suggestions suggestions(Speller speller, List<Judgment> judgments) throws Exception {
        int spelled = 0;
        int offered = 0;
        int typos = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Judgment j : judgments) {
            String suggestion = speller.suggestion(j.query());
            boolean typo = j.category().equals(TYPO);
            boolean ok = typo ? suggestion != null && j.spelledBy(suggestion) : suggestion == null;
            if (typo) {
                typos++;
                right += ok ? 1 : 0;
            } else {
                spelled++;
                offered += ok ? 0 : 1;
            }
            if (!ok) {
                wrong.add(j.query() + " -> " + suggestion);
            }
        }
        return new Suggestions(spelled, offered, typos, right, wrong);
    }

    /** The top hits an engine returns for a query (at most {@link #DEPTH} are looked at). */
    @FunctionalInterface
    public interface Searcher {
        List<Hit> search(String query) throws Exception;
    }

    /** Runs the judgments through filmsearch's search service with the default ranking, top {@link #DEPTH}. */
    public static Report run(SearchService service, List<Judgment> judgments) {
        try {
            return run(query -> service.search(new SearchRequest(query, Set.of(), List.of(), List.of(), null, List.of(),
                    SortOrder.RELEVANCE, 1, DEPTH)).hits(), judgments);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the judgments through any engine that returns hits for a query. */
    public static Report run(Searcher searcher, List<Judgment> judgments) throws Exception {
        List<Result> results = new ArrayList<>();
        for (Judgment j : judgments) {
            List<Hit> hits = searcher.search(j.query());
            int rank = 0;
            for (int i = 0; i < Math.min(hits.size(), DEPTH); i++) {
                if (j.answeredBy(hits.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            List<String> top = hits.stream().limit(3).map(RelevanceHarness::label).collect(Collectors.toList());
            results.add(new Result(j, rank, top));
        }
        return new Report(results);
    }

    private static String label(Hit h) {
        String film = h.film() == null ? "" : " of " + h.film().title();
        return h.type() + " " + h.title() + (h.year() == null ? "" : " (" + h.year() + ")") + film;
    }
}
