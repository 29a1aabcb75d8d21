package dev.filmsearch.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a run's {@link Results} as the generated part of docs/benchmarks.md: machine and versions, search over
 * HTTP, indexing, start-up, relevance, the per-query comparison of answers, and the in-process JMH figures, each
 * with filmsearch's ratio against every peer measured in the same run. Pure: results in, Markdown out.
 */
public final class MarkdownReport {
    public static final String US = "filmsearch";
    static final List<String> CATEGORIES = List.of("title", "typo", "accents", "spanish", "person", "quote", "topic");

    private final Results r;
    private final StringBuilder md = new StringBuilder();

    private MarkdownReport(Results results) {
        this.r = results;
    }

    /** @param chartPrefix where the charts are, relative to the page ("benchmarks/") */
    public static String render(Results results, String chartPrefix) {
        return new MarkdownReport(results).all(chartPrefix);
    }

    private String all(String chartPrefix) {
        environment();
        search(chartPrefix);
        indexing(chartPrefix);
        startup();
        relevance();
        relevanceAgainstThroughput(chartPrefix);
        answers();
        jmh();
        return md.toString();
    }

    private void environment() {
        line("| what | value |");
        line("|---|---|");
        r.env().forEach((k, v) -> line("| " + k + " | " + v.replace("|", "\\|") + " |"));
        line("");
    }

    private void search(String chartPrefix) {
        if (r.wrk().isEmpty()) {
            return;
        }
        line("### Search over HTTP");
        line("");
        line("Requests/s and latency with wrk, cycling through `bench/peers/queries.tsv`. The two last columns are"
                + " filmsearch's ratio to the engine at the same concurrency: throughput (filmsearch ÷ engine) and p99"
                + " (engine ÷ filmsearch); above 1 means filmsearch is ahead.");
        line("");
        line("| engine | connections | requests/s | p50 ms | p90 ms | p99 ms | errors | non-2xx | requests "
                + "| filmsearch throughput × | filmsearch p99 × |");
        line("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Results.WrkRow w : r.wrk()) {
            Optional<Results.WrkRow> us = r.wrk().stream()
                    .filter(o -> o.engine().equals(US) && o.connections() == w.connections()).findFirst();
            String tput = w.engine().equals(US) || us.isEmpty() ? "—" : ratio(us.get().requestsPerSecond(),
                    w.requestsPerSecond());
            String p99 = w.engine().equals(US) || us.isEmpty() ? "—" : ratio(w.p99(), us.get().p99());
            line(String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.2f | %d | %d | %d | %s | %s |",
                    w.engine(), w.connections(), w.requestsPerSecond(), w.p50(), w.p90(), w.p99(), w.errors(),
                    w.non2xx(), w.requests(), tput, p99));
        }
        line("");
        line("![Requests per second and p99 latency per engine and concurrency](" + chartPrefix + "search.svg)");
        line("");
    }

    private void indexing(String chartPrefix) {
        if (r.index().isEmpty()) {
            return;
        }
        line("### Indexing");
        line("");
        line("Wall time from an empty index to every record searchable. filmsearch reads the corpus files itself; the"
                + " peers load the exported records (docs.jsonl) over their own bulk path, so their time excludes"
                + " reading and merging the source files. Peak RSS: filmsearch's is the index process's peak (GNU"
                + " time); a JVM peer's is its process's peak resident set (VmHWM) when the load ends; PostgreSQL's is"
                + " the proportional set size summed over its processes when the load ends (shared buffers counted"
                + " once).");
        line("");
        line("| engine | corpus | records | wall s | records/s | index MiB | peak RSS MiB | filmsearch records/s × |");
        line("|---|---|---|---|---|---|---|---|");
        for (Results.IndexRow i : r.index()) {
            Optional<Results.IndexRow> us = r.index().stream()
                    .filter(o -> o.engine().equals(US) && o.corpus().equals(i.corpus())).findFirst();
            String x = i.engine().equals(US) || us.isEmpty() ? "—"
                    : ratio(us.get().recordsPerSecond(), i.recordsPerSecond());
            line(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.0f | %.0f | %.0f | %s |", i.engine(), i.corpus(),
                    i.records(), i.seconds(), i.recordsPerSecond(), i.indexBytes() / 1048576.0, i.peakRssKb() / 1024.0,
                    x));
        }
        line("");
        line("![Records indexed per second per engine](" + chartPrefix + "indexing.svg)");
        line("");
    }

    private void startup() {
        if (r.startup().isEmpty()) {
            return;
        }
        line("### Start-up");
        line("");
        line("From launching the engine's process on an existing index to its first answered search.");
        line("");
        line("| engine | ms to first answer | filmsearch × |");
        line("|---|---|---|");
        Optional<Results.StartupRow> us = r.startup().stream().filter(s -> s.engine().equals(US)).findFirst();
        for (Results.StartupRow s : r.startup()) {
            String x = s.engine().equals(US) || us.isEmpty() ? "—" : ratio(s.millis(), us.get().millis());
            line(String.format(Locale.ROOT, "| %s | %.0f | %s |", s.engine(), s.millis(), x));
        }
        line("");
    }

    private void relevance() {
        if (r.relevance().isEmpty()) {
            return;
        }
        line("### Relevance");
        line("");
        line("The labelled queries of the relevance suite (search-server/src/test/resources/relevance/queries.tsv),"
                + " each sent as a plain keyword search; success@1 overall and per category, MRR@10 overall.");
        line("");
        List<String> columns = new ArrayList<>(List.of("engine", "queries", "success@1", "MRR@10"));
        columns.addAll(CATEGORIES);
        header(columns);
        for (Map.Entry<String, JsonNode> e : ordered(r.relevance())) {
            JsonNode n = e.getValue();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |", e.getKey(),
                    n.path("queries").asInt(), n.path("successAt1").asDouble(), n.path("mrrAt10").asDouble()));
            for (String c : CATEGORIES) {
                JsonNode cat = n.path("categories").path(c);
                row.append(cat.isMissingNode() ? " — |"
                        : String.format(Locale.ROOT, " %.2f |", cat.path("successAt1").asDouble()));
            }
            line(row.toString());
        }
        line("");
    }

    /**
     * Every setup measured both ways (the peers' default and matched setups): its success@1 beside its requests/s at
     * each concurrency, and filmsearch's throughput ratio to it.
     */
    private void relevanceAgainstThroughput(String chartPrefix) {
        List<String> setups = ordered(r.relevance()).stream().map(Map.Entry::getKey)
                .filter(e -> r.wrk().stream().anyMatch(w -> w.engine().equals(e))).toList();
        List<Integer> conns = r.wrk().stream().map(Results.WrkRow::connections).distinct().sorted().toList();
        if (setups.isEmpty() || conns.isEmpty()) {
            return;
        }
        line("### Relevance against throughput");
        line("");
        line("Each setup's success@1 (the relevance table) beside its requests/s (the search table); a matched setup"
                + " is its engine's index asked the query closest to filmsearch's matching and ranking (typo tolerance"
                + " on titles and names, every word required, a popularity and record-type prior: see"
                + " \"The peers and how each is set up\" above). filmsearch × is filmsearch's requests/s over the"
                + " setup's.");
        line("");
        List<String> columns = new ArrayList<>(List.of("setup", "success@1"));
        conns.forEach(c -> columns.add("requests/s at " + c));
        conns.forEach(c -> columns.add("filmsearch × at " + c));
        header(columns);
        for (String setup : setups) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %.3f |", setup,
                    r.relevance().get(setup).path("successAt1").asDouble()));
            for (int c : conns) {
                row.append(wrk(setup, c).map(w -> String.format(Locale.ROOT, " %.0f |", w.requestsPerSecond()))
                        .orElse(" — |"));
            }
            for (int c : conns) {
                Optional<Results.WrkRow> us = wrk(US, c);
                Optional<Results.WrkRow> them = wrk(setup, c);
                row.append(setup.equals(US) || us.isEmpty() || them.isEmpty() ? " — |"
                        : " " + ratio(us.get().requestsPerSecond(), them.get().requestsPerSecond()) + " |");
            }
            line(row.toString());
        }
        line("");
        line("![Success@1 against requests per second, per setup](" + chartPrefix + "relevance-throughput.svg)");
        line("");
    }

    private Optional<Results.WrkRow> wrk(String engine, int connections) {
        return r.wrk().stream().filter(w -> w.engine().equals(engine) && w.connections() == connections).findFirst();
    }

    private void answers() {
        if (r.compare().isEmpty()) {
            return;
        }
        JsonNode root = r.compare().get();
        List<String> engines = new ArrayList<>();
        root.path("engines").forEach(e -> engines.add(e.asText()));
        List<String> peers = engines.stream().filter(e -> !e.equals(US)).toList();
        line("### The same work: hits and top-10 overlap per query");
        line("");
        line("Each query asked once of every engine. Hits: how many records match (each engine's own matching rules);"
                + " overlap: how many of the engine's top 10 are also in filmsearch's top 10; top genre: the genre"
                + " facet's first value.");
        line("");
        List<String> columns = new ArrayList<>(List.of("query", "kind"));
        engines.forEach(e -> columns.add("hits " + e));
        peers.forEach(p -> columns.add("overlap " + p));
        columns.add("top genre per engine");
        header(columns);
        for (JsonNode q : root.path("queries")) {
            String text = q.path("text").asText();
            String director = q.path("director").isNull() ? "" : " (director: " + q.path("director").asText() + ")";
            StringBuilder row = new StringBuilder("| `" + (text.isEmpty() ? "—" : text) + "`" + director + " | "
                    + q.path("label").asText() + " |");
            JsonNode answers = q.path("answers");
            for (String e : engines) {
                JsonNode a = answers.path(e);
                row.append(' ').append(a.has("error") ? "error" : a.path("hits").asText()).append(" |");
            }
            Set<String> ours = keys(answers.path(US));
            for (String p : peers) {
                JsonNode a = answers.path(p);
                if (a.has("error") || answers.path(US).has("error")) {
                    row.append(" — |");
                    continue;
                }
                Set<String> theirs = keys(a);
                theirs.retainAll(ours);
                row.append(' ').append(theirs.size()).append('/').append(Math.min(ours.size(), 10)).append(" |");
            }
            List<String> tops = new ArrayList<>();
            for (String e : engines) {
                JsonNode g = answers.path(e).path("genres");
                String top = "—";
                long best = -1;
                for (var it = g.fields(); it.hasNext(); ) {
                    var f = it.next();
                    if (f.getValue().asLong() > best) {
                        best = f.getValue().asLong();
                        top = f.getKey() + " " + best;
                    }
                }
                tops.add(top);
            }
            row.append(' ').append(String.join(" / ", tops)).append(" |");
            line(row.toString());
        }
        line("");
    }

    private void jmh() {
        if (r.jmh().isEmpty()) {
            return;
        }
        line("### In process (JMH)");
        line("");
        line("| benchmark | query | mean | error (99.9%) | unit |");
        line("|---|---|---|---|---|");
        for (JsonNode b : r.jmh().get()) {
            String name = b.path("benchmark").asText();
            name = name.substring(name.lastIndexOf('.') + 1);
            JsonNode m = b.path("primaryMetric");
            line(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %s |", name,
                    b.path("params").path("query").asText("—"), m.path("score").asDouble(),
                    m.path("scoreError").asDouble(), m.path("scoreUnit").asText()));
        }
        line("");
    }

    private static Set<String> keys(JsonNode answer) {
        Set<String> keys = new HashSet<>();
        answer.path("keys").forEach(k -> keys.add(k.asText()));
        return keys;
    }

    /** filmsearch first, then the others in the order they came. */
    private static List<Map.Entry<String, JsonNode>> ordered(Map<String, JsonNode> byEngine) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        byEngine.entrySet().stream().filter(e -> e.getKey().equals(US)).forEach(out::add);
        byEngine.entrySet().stream().filter(e -> !e.getKey().equals(US)).forEach(out::add);
        return out;
    }

    static String ratio(double a, double b) {
        return b <= 0 ? "—" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    /** A table's header row and the rule under it. */
    private void header(List<String> columns) {
        line("| " + String.join(" | ", columns) + " |");
        line("|" + "---|".repeat(columns.size()));
    }

    private void line(String s) {
        md.append(s).append('\n');
    }
}
