package dev.filmsearch.bench.engine;

import dev.filmsearch.bench.opensearch.OpenSearchEngine;
import dev.filmsearch.bench.postgres.PostgresEngine;
import dev.filmsearch.bench.solr.SolrEngine;
import java.util.List;

/** The engines the benchmark knows, by name: each peer in its default setup, and two in a matched one. */
public final class Engines {
    public static final List<String> NAMES = List.of("filmsearch", "opensearch", "solr", "postgres",
            "opensearch-matched", "solr-matched");

    private Engines() {
    }

    public static Engine byName(String name) {
        return switch (name) {
            case "filmsearch" -> new FilmsearchEngine();
            case "opensearch" -> new OpenSearchEngine();
            case "opensearch-matched" -> new OpenSearchEngine(true);
            case "solr" -> new SolrEngine();
            case "solr-matched" -> new SolrEngine(true);
            case "postgres" -> new PostgresEngine();
            default -> throw new IllegalArgumentException("no engine '" + name + "'; the engines are: "
                    + String.join(", ", NAMES));
        };
    }
}
