package dev.filmsearch.cli;

import dev.filmsearch.build.BuildTarget;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the target of {@code index --target opensearch}: given by the application, which has the OpenSearch
 * engine (this module does not depend on it).
 */
@FunctionalInterface
public interface OpenSearchTargets {
    /**
     * @throws IllegalArgumentException for settings that cannot work (a bad URL or index name), with the reason
     */
    BuildTarget create(List<URI> nodes, String user, String password, String indexName, int shards, int replicas,
                       Path work);

    /** For a build of the application without the OpenSearch engine. */
    OpenSearchTargets NONE = (nodes, user, password, indexName, shards, replicas, work) -> {
        throw new IllegalArgumentException("this build of filmsearch has no OpenSearch target");
    };
}
