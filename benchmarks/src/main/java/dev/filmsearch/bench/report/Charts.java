package dev.filmsearch.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The report's pictures, from a run's results: search (throughput and p99), indexing (records/s), and relevance
 * against throughput per setup. Pure.
 */
public final class Charts {
    private Charts() {
    }

    /** Requests/s and p99 ms per connection count (groups) and engine (bars); null when nothing was measured. */
    public static String search(Results r) {
        if (r.wrk().isEmpty()) {
            return null;
        }
        List<String> engines = engines(r.wrk().stream().map(Results.WrkRow::engine).toList());
        List<String> conns = r.wrk().stream().map(w -> "c=" + w.connections()).distinct().toList();
        return BarChart.svg(List.of(
                new BarChart.Panel("Throughput", "requests/s", conns, engines,
                        grid(r, conns, engines, Results.WrkRow::requestsPerSecond)),
                new BarChart.Panel("Latency p99", "ms, lower is better", conns, engines,
                        grid(r, conns, engines, Results.WrkRow::p99))));
    }

    /** Records/s per corpus (groups) and engine (bars); null when nothing was measured. */
    public static String indexing(Results r) {
        if (r.index().isEmpty()) {
            return null;
        }
        List<String> engines = engines(r.index().stream().map(Results.IndexRow::engine).toList());
        List<String> corpora = r.index().stream().map(Results.IndexRow::corpus).distinct().toList();
        double[][] v = new double[corpora.size()][engines.size()];
        for (int c = 0; c < corpora.size(); c++) {
            for (int e = 0; e < engines.size(); e++) {
                v[c][e] = Double.NaN;
                for (Results.IndexRow row : r.index()) {
                    if (row.corpus().equals(corpora.get(c)) && row.engine().equals(engines.get(e))) {
                        v[c][e] = row.recordsPerSecond();
                    }
                }
            }
        }
        return BarChart.svg(List.of(new BarChart.Panel("Indexing", "records/s", corpora, engines, v)));
    }

    /**
     * Each setup's success@1 against its requests/s at the run's lowest concurrency, for the setups measured both
     * ways; null when none was.
     */
    public static String relevanceAgainstThroughput(Results r) {
        List<ScatterChart.Point> points = new ArrayList<>();
        int connections = r.wrk().stream().mapToInt(Results.WrkRow::connections).min().orElse(1);
        for (var e : r.relevance().entrySet()) {
            r.wrk().stream().filter(w -> w.engine().equals(e.getKey()) && w.connections() == connections).findFirst()
                    .ifPresent(w -> points.add(new ScatterChart.Point(e.getKey(),
                            e.getValue().path("successAt1").asDouble(), w.requestsPerSecond())));
        }
        if (points.isEmpty()) {
            return null;
        }
        return ScatterChart.svg("Relevance against throughput", "success@1 of the labelled queries", 1.0,
                "requests/s at " + connections + " connection" + (connections == 1 ? "" : "s"), points);
    }

    private static double[][] grid(Results r, List<String> conns, List<String> engines,
                                   ToDoubleFunction<Results.WrkRow> value) {
        double[][] v = new double[conns.size()][engines.size()];
        for (int c = 0; c < conns.size(); c++) {
            for (int e = 0; e < engines.size(); e++) {
                v[c][e] = Double.NaN;
                for (Results.WrkRow w : r.wrk()) {
                    if (("c=" + w.connections()).equals(conns.get(c)) && w.engine().equals(engines.get(e))) {
                        v[c][e] = value.applyAsDouble(w);
                    }
                }
            }
        }
        return v;
    }

    private static List<String> engines(List<String> seen) {
        List<String> out = new ArrayList<>();
        for (String e : seen) {
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }
}
