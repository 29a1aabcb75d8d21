package dev.filmsearch.bench.run;

import dev.filmsearch.bench.engine.Engine;
import dev.filmsearch.bench.engine.EngineRequest;
import dev.filmsearch.bench.engine.Engines;
import dev.filmsearch.bench.query.BenchQuery;
import dev.filmsearch.bench.query.QueryFile;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes the load generator's request list for one engine: one request per line,
 * {@code METHOD<TAB>PATH<TAB>CONTENT-TYPE<TAB>BODY} ({@code -} for no content type or body), in query-file order.
 * {@code bench/peers/replay.lua} replays it in a loop under wrk.
 */
@Command(name = "requests", description = "Write the wrk request list of an engine for the query file.")
public final class RequestsCommand implements Callable<Integer> {
    @Option(names = "--engine", required = true)
    String engine;

    @Option(names = "--queries", required = true)
    Path queries;

    @Option(names = "--out", required = true)
    Path out;

    @Override
    public Integer call() throws Exception {
        Engine e = Engines.byName(engine);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (BenchQuery q : QueryFile.read(queries)) {
                w.write(line(e.search(q)));
                w.write('\n');
            }
        }
        return 0;
    }

    static String line(EngineRequest r) {
        String body = r.body() == null ? "-" : r.body();
        if (body.indexOf('\n') >= 0 || body.indexOf('\t') >= 0 || r.pathAndQuery().indexOf('\t') >= 0) {
            throw new IllegalArgumentException("a request line cannot hold a tab or a line break: " + body);
        }
        return r.method() + "\t" + r.pathAndQuery() + "\t" + (r.contentType() == null ? "-" : r.contentType())
                + "\t" + body;
    }
}
