package dev.filmsearch.bench.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmsearch.bench.docs.BenchDocs;
import dev.filmsearch.bench.engine.Answer;
import dev.filmsearch.bench.engine.Engine;
import dev.filmsearch.bench.engine.EngineRequest;
import dev.filmsearch.bench.query.BenchQuery;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL 15 full-text search. {@link #load} talks to PostgreSQL itself over JDBC ({@code load-url}:
 * {@code postgresql://postgres@127.0.0.1:PORT/films}, see {@link PgLoader}); searches go to the thin HTTP front
 * {@link PgHttpFront} ({@code url}), which runs the SQL of {@link PgSearch}.
 */
public final class PostgresEngine implements Engine {
    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public void load(URI base, Path docs) throws IOException, InterruptedException {
        PgLoader.load(PgUrl.parse(base), docs);
    }

    @Override
    public EngineRequest search(BenchQuery query) {
        StringBuilder path = new StringBuilder("/search?kind=")
                .append(query.kind() == BenchQuery.Kind.PHRASE ? "phrase" : "words")
                .append("&q=").append(enc(query.text()));
        if (query.director() != null) {
            path.append("&director=").append(enc(query.director()));
        }
        return EngineRequest.get(path.toString());
    }

    @Override
    public Answer answer(String responseBody) throws IOException {
        JsonNode root = BenchDocs.json().readTree(responseBody);
        if (root.has("error")) {
            throw new IOException("postgres front: " + root.path("error").asText());
        }
        List<String> keys = new ArrayList<>();
        for (JsonNode k : root.path("keys")) {
            keys.add(k.asText());
        }
        return new Answer(root.path("hits").asLong(), keys, facet(root.path("genres")), facet(root.path("directors")));
    }

    private static Map<String, Long> facet(JsonNode counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.properties().forEach(e -> {
            if (out.size() < BenchQuery.FACET_VALUES) {
                out.put(e.getKey(), e.getValue().asLong());
            }
        });
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
