package dev.filmsearch.bench.engine;

import dev.filmsearch.bench.opensearch.OpenSearchEngine;
import dev.filmsearch.bench.postgres.PostgresEngine;
import dev.filmsearch.bench.solr.SolrEngine;
import java.util.List;

/** The engines the benchmark knows, by name. */
public final class Engines {
    public static final List<String> NAMES = List.of("filmsearch", "opensearch", "solr", "postgres");

    private Engines() {
    }

    public static Engine byName(String name) {
        return switch (name) {
            case "filmsearch" -> new FilmsearchEngine();
            case "opensearch" -> new OpenSearchEngine();
            case "solr" -> new SolrEngine();
            case "postgres" -> new PostgresEngine();
            default -> throw new IllegalArgumentException("no engine '" + name + "'; the engines are: "
                    + String.join(", ", NAMES));
        };
    }
}
