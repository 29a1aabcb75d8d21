package dev.filmsearch.bench.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmsearch.bench.docs.BenchDocs;
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
 * filmsearch itself, through {@code GET /api/search}. Its answers carry more than the peers' (highlights, and the
 * type, rating and decade facets besides genre and director): the benchmark measures the product as it ships.
 */
public final class FilmsearchEngine implements Engine {
    @Override
    public String name() {
        return "filmsearch";
    }

    /** filmsearch indexes from the corpus folder itself ({@code filmsearch index}), not from the exported records. */
    @Override
    public void load(URI base, Path docs) {
        throw new UnsupportedOperationException("filmsearch builds its index from the corpus: filmsearch index");
    }

    @Override
    public EngineRequest search(BenchQuery query) {
        String q = query.kind() == BenchQuery.Kind.PHRASE ? "\"" + query.text() + "\"" : query.text();
        StringBuilder path = new StringBuilder("/api/search?size=").append(BenchQuery.TOP).append("&q=").append(enc(q));
        if (query.director() != null) {
            path.append("&director=").append(enc(query.director()));
        }
        return EngineRequest.get(path.toString());
    }

    @Override
    public Answer answer(String responseBody) throws IOException {
        JsonNode root = BenchDocs.json().readTree(responseBody);
        List<String> keys = new ArrayList<>();
        for (JsonNode hit : root.path("hits")) {
            keys.add(hit.path("type").asText() + "/" + hit.path("id").asText());
        }
        return new Answer(root.path("total").asLong(), keys, facet(root, "genre"), facet(root, "director"));
    }

    private static Map<String, Long> facet(JsonNode root, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonNode v : root.path("facets").path(name)) {
            if (counts.size() < BenchQuery.FACET_VALUES) {
                counts.put(v.path("value").asText(), v.path("count").asLong());
            }
        }
        return counts;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
