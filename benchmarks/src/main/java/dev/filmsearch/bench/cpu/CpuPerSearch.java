package dev.filmsearch.bench.cpu;

import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.server.http.SearchParams;
import dev.filmsearch.server.search.IndexSearchers;
import dev.filmsearch.server.search.SearchConfig;
import dev.filmsearch.server.search.SearchRequest;
import dev.filmsearch.server.search.SearchService;
import dev.filmsearch.server.search.TimeBudget;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time per search of the search service, in process: each search of a query file (the query strings of
 * {@code bench/queries.txt}) run {@code ROUNDS} times after {@link #WARM_UP} rounds, timed by this thread's CPU time
 * (user + system) rather than the wall clock, so that other work on a shared machine inflates the figures less.
 * Prints the mean per search and over all searches.
 *
 * <pre>java -cp benchmarks/target/filmsearch-bench.jar dev.filmsearch.bench.cpu.CpuPerSearch INDEX_ROOT bench/queries.txt 10</pre>
 */
public final class CpuPerSearch {
    static final int WARM_UP = 5;

    private CpuPerSearch() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CpuPerSearch INDEX_ROOT QUERY_FILE ROUNDS");
            System.exit(2);
        }
        Path generation = new IndexLayout(Path.of(args[0])).current()
                .orElseThrow(() -> new IllegalArgumentException("no index in " + args[0]));
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        int rounds = Integer.parseInt(args[2]);
        List<SearchRequest> requests = lines.stream().map(CpuPerSearch::request).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[requests.size()];
        try (IndexSearchers searchers = new IndexSearchers(generation)) {
            SearchService service = new SearchService(searchers, SearchConfig.defaults());
            for (int round = 0; round < WARM_UP + rounds; round++) {
                for (int i = 0; i < requests.size(); i++) {
                    long before = threads.getCurrentThreadCpuTime();
                    service.search(requests.get(i), TimeBudget.unlimited());
                    if (round >= WARM_UP) {
                        nanos[i] += threads.getCurrentThreadCpuTime() - before;
                    }
                }
            }
        }
        long total = 0;
        for (int i = 0; i < nanos.length; i++) {
            total += nanos[i];
            System.out.printf(Locale.ROOT, "%8.3f  %s%n", nanos[i] / 1e6 / rounds, lines.get(i));
        }
        System.out.printf(Locale.ROOT, "mean CPU ms per search over the %d searches: %.3f%n", nanos.length,
                total / 1e6 / rounds / nanos.length);
    }

    /** A query string ({@code q=star+wars&genre=Drama}) as the HTTP API reads it. */
    static SearchRequest request(String queryString) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : queryString.split("&")) {
            String[] kv = pair.split("=", 2);
            params.computeIfAbsent(kv[0], k -> new ArrayList<>())
                    .add(URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return SearchParams.parse(params);
    }
}
