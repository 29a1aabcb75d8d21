package dev.filmsearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmsearch.corpus.Formats;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.server.engine.EmbeddedEngine;
import dev.filmsearch.server.reindex.Reindexer;
import dev.filmsearch.server.search.IndexSearchers;
import dev.filmsearch.server.search.SearchConfig;
import dev.filmsearch.server.search.SearchService;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The services over an index folder, and a fresh app over them for each {@code JavalinTest} (which starts it on
 * 127.0.0.1 and a free port, and stops it after); close it after use.
 */
record TestApp(ServerConfig config, IndexSearchers searchers, Reindexer reindexer, SearchService search)
        implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    static TestApp over(Path index, Path corpus, String adminToken, Formats formats) throws IOException {
        return over(index, corpus, adminToken, formats, SearchConfig.defaults());
    }

    static TestApp over(Path index, SearchConfig search) throws IOException {
        return over(index, index.resolveSibling("no-corpus"), null, Fixtures.formats(), search);
    }

    static TestApp over(Path index, Path corpus, String adminToken, Formats formats, SearchConfig search)
            throws IOException {
        IndexSearchers searchers = new IndexSearchers(new IndexLayout(index).current().orElseThrow());
        ServerConfig config = new ServerConfig("127.0.0.1", 0, corpus, index, adminToken);
        Reindexer reindexer = new Reindexer(config.corpus(), config.index(), formats, searchers, Clock.systemUTC());
        return new TestApp(config, searchers, reindexer, new SearchService(searchers, search));
    }

    static TestApp over(Path index) throws IOException {
        return over(index, index.resolveSibling("no-corpus"), null, Fixtures.formats());
    }

    /** The same services, served with other HTTP limits. */
    TestApp withLimits(HttpLimits limits) {
        return new TestApp(config.withLimits(limits), searchers, reindexer, search);
    }

    /** A new app over the same services. */
    FilmsearchApp app() {
        return new FilmsearchApp(config, new EmbeddedEngine(searchers, search), reindexer);
    }

    Javalin javalin() {
        return app().javalin();
    }

    @Override
    public void close() throws IOException {
        reindexer.close();
        searchers.close();
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON of a GET that must answer 200. */
    static JsonNode getJson(HttpClient client, String path) {
        Response res = client.get(path);
        org.junit.jupiter.api.Assertions.assertEquals(200, res.code(), path);
        return json(res);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response post(HttpClient client, String path, String authorization) {
        return client.request(path, b -> {
            b.post(HttpRequest.BodyPublishers.noBody());
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
        });
    }

    static Response get(HttpClient client, String path, String authorization) {
        return client.get(path, b -> {
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
        });
    }
}
