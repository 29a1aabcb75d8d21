package dev.filmsearch.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmsearch.bench.docs.BenchDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one run of {@code bench/run.sh} measured, read from its results folder:
 * <ul>
 *   <li>{@code env.tsv}: {@code key<TAB>value} — machine, versions, date, mode, command</li>
 *   <li>{@code index.tsv}: {@code engine corpus records seconds index-bytes peak-rss-kb}</li>
 *   <li>{@code startup.tsv}: {@code engine milliseconds}</li>
 *   <li>{@code wrk.tsv}: {@code engine connections req/s p50 p90 p99 errors requests non-2xx} (ms)</li>
 *   <li>{@code answers-ENGINE.json} (the compare command, one engine each; joined here into one comparison),
 *       {@code relevance-ENGINE.json} (the relevance command),
 *       {@code jmh.json} (JMH's JSON result format)</li>
 * </ul>
 * Every file but env.tsv may be absent (a partial run); the report then leaves that table out.
 */
public record Results(Map<String, String> env, List<IndexRow> index, List<StartupRow> startup, List<WrkRow> wrk,
                      Optional<JsonNode> compare, Map<String, JsonNode> relevance, Optional<JsonNode> jmh) {

    public record IndexRow(String engine, String corpus, long records, double seconds, long indexBytes,
                           long peakRssKb) {
        public double recordsPerSecond() {
            return records / seconds;
        }
    }

    public record StartupRow(String engine, double millis) {
    }

    public record WrkRow(String engine, int connections, double requestsPerSecond, double p50, double p90, double p99,
                         long errors, long requests, long non2xx) {
    }

    public static Results read(Path dir) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String[] c : rows(dir.resolve("env.tsv"), 2)) {
            env.put(c[0], c[1]);
        }
        List<IndexRow> index = new ArrayList<>();
        for (String[] c : rows(dir.resolve("index.tsv"), 6)) {
            index.add(new IndexRow(c[0], c[1], Long.parseLong(c[2]), Double.parseDouble(c[3]), Long.parseLong(c[4]),
                    Long.parseLong(c[5])));
        }
        List<StartupRow> startup = new ArrayList<>();
        for (String[] c : rows(dir.resolve("startup.tsv"), 2)) {
            startup.add(new StartupRow(c[0], Double.parseDouble(c[1])));
        }
        List<WrkRow> wrk = new ArrayList<>();
        for (String[] c : rows(dir.resolve("wrk.tsv"), 9)) {
            wrk.add(new WrkRow(c[0], Integer.parseInt(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3]),
                    Double.parseDouble(c[4]), Double.parseDouble(c[5]), Long.parseLong(c[6]), Long.parseLong(c[7]),
                    Long.parseLong(c[8])));
        }
        return new Results(env, index, startup, wrk, joinAnswers(byEngine(dir, "answers-")),
                byEngine(dir, "relevance-"), optionalJson(dir.resolve("jmh.json")));
    }

    /** PREFIX-ENGINE.json files by engine, filmsearch first, then by engine name (a setup after its engine). */
    private static Map<String, JsonNode> byEngine(Path dir, String prefix) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".json"))
                    .sorted(java.util.Comparator.comparing(p -> p.getFileName().toString().replace(".json", "")))
                    .toList();
        }
        for (boolean ours : new boolean[] {true, false}) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                String engine = name.substring(prefix.length(), name.length() - ".json".length());
                if (engine.equals("filmsearch") == ours) {
                    out.put(engine, json(p));
                }
            }
        }
        return out;
    }

    /** The per-engine answer files as one comparison: the first file's queries, every engine's answers. */
    static Optional<JsonNode> joinAnswers(Map<String, JsonNode> byEngine) {
        if (byEngine.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode joined = byEngine.values().iterator().next().deepCopy();
        ArrayNode engines = joined.putArray("engines");
        byEngine.keySet().forEach(engines::add);
        ArrayNode queries = (ArrayNode) joined.path("queries");
        for (int i = 0; i < queries.size(); i++) {
            ObjectNode answers = ((ObjectNode) queries.get(i)).putObject("answers");
            for (Map.Entry<String, JsonNode> e : byEngine.entrySet()) {
                JsonNode a = e.getValue().path("queries").path(i).path("answers").path(e.getKey());
                answers.set(e.getKey(), a.isMissingNode() ? answers.objectNode().put("error", "not asked") : a);
            }
        }
        return Optional.of(joined);
    }

    private static List<String[]> rows(Path file, int columns) throws IOException {
        List<String[]> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != columns) {
                throw new IOException(file + ":" + (i + 1) + ": expected " + columns + " columns, found " + c.length);
            }
            out.add(c);
        }
        return out;
    }

    private static JsonNode json(Path p) throws IOException {
        return BenchDocs.json().readTree(p.toFile());
    }

    private static Optional<JsonNode> optionalJson(Path p) throws IOException {
        return Files.exists(p) ? Optional.of(json(p)) : Optional.empty();
    }
}
