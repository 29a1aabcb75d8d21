package dev.filmsearch.server.http;

import dev.filmsearch.server.reindex.Reindexer;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code POST /api/admin/reindex} starts a rebuild from the configured corpus (202 with its status; 409 while one
 * runs); {@code GET /api/admin/reindex} reports progress and the last result. Both need the admin token and take
 * no query parameters; the request body is never read: the corpus path comes from the server's configuration only.
 */
public final class AdminController {
    private final AdminAuth auth;
    private final Reindexer reindexer;

    public AdminController(AdminAuth auth, Reindexer reindexer) {
        this.auth = auth;
        this.reindexer = reindexer;
    }

    public void startReindex(Context ctx) {
        auth.require(ctx);
        QueryParams.parse(ctx.queryString(), "/api/admin/reindex", Map.of());
        try {
            ctx.status(202).json(reindexer.start());
        } catch (Reindexer.AlreadyRunningException e) {
            throw new ApiException(ProblemType.REINDEX_RUNNING,
                    "a reindex is already running; GET /api/admin/reindex reports its progress");
        }
    }

    public void reindexStatus(Context ctx) {
        auth.require(ctx);
        QueryParams.parse(ctx.queryString(), "/api/admin/reindex", Map.of());
        ctx.json(reindexer.status());
    }
}
