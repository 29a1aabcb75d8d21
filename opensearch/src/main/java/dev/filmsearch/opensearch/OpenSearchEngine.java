package dev.filmsearch.opensearch;

import dev.filmsearch.cli.OpenSearchTargets;

/** What the application takes from the OpenSearch engine: the target of {@code index --target opensearch}. */
public final class OpenSearchEngine {
    private OpenSearchEngine() {
    }

    public static OpenSearchTargets targets() {
        return (nodes, user, password, indexName, shards, replicas, work) -> new OpenSearchTarget(
                new OpenSearchTarget.Settings(new OpenSearchConnection(nodes, user, password), indexName, shards,
                        replicas, work));
    }
}
