package dev.filmsearch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmsearch.server.health.HealthService;
import dev.filmsearch.server.http.AdminAuth;
import dev.filmsearch.server.http.AdminController;
import dev.filmsearch.server.http.ApiException;
import dev.filmsearch.server.http.ApiJson;
import dev.filmsearch.server.http.Problem;
import dev.filmsearch.server.http.ProblemType;
import dev.filmsearch.server.http.RecordController;
import dev.filmsearch.server.http.SearchController;
import dev.filmsearch.server.http.SystemController;
import dev.filmsearch.server.web.WebPage;
import dev.filmsearch.server.metrics.ServerMetrics;
import dev.filmsearch.server.records.RecordService;
import dev.filmsearch.server.reindex.Reindexer;
import dev.filmsearch.server.search.BadQueryException;
import dev.filmsearch.server.search.IndexSearchers;
import dev.filmsearch.server.search.SearchService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP application: routes, the one error shape, request metrics. Takes its services in the constructor and
 * exposes the {@link Javalin} instance, so tests can start it on a free port.
 */
public final class FilmsearchApp {
    private static final Logger LOG = LoggerFactory.getLogger(FilmsearchApp.class);

    /** A route as registered: method and path template. */
    public record Route(String method, String path) {
    }

    private final ObjectMapper json = ApiJson.mapper();
    private final ServerMetrics metrics;
    private final List<Route> routes = new ArrayList<>();
    private final Javalin app;

    public FilmsearchApp(ServerConfig config, IndexSearchers searchers, SearchService search, Reindexer reindexer) {
        HealthService health = new HealthService(searchers, reindexer);
        this.metrics = new ServerMetrics(health, reindexer);
        SearchController searchController = new SearchController(search);
        RecordController records = new RecordController(new RecordService(searchers));
        AdminController admin = new AdminController(new AdminAuth(config.adminToken()), reindexer);
        SystemController system = new SystemController(health, metrics);

        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.http.prefer405over404 = true;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.requestLogger.http((ctx, ms) -> metrics.record(ctx.method().name(), routeOf(ctx), ctx.statusCode(),
                    ms / 1000.0));
            cfg.events.handlerAdded(info -> routes.add(new Route(info.getHttpMethod().name(), info.getPath())));
            WebPage.configure(cfg);

            cfg.routes.get("/api/search", searchController::search);
            cfg.routes.get("/api/suggest", searchController::suggest);
            cfg.routes.get("/api/facets/{name}", searchController::facetValues);
            cfg.routes.get("/api/films/{id}", records::film);
            cfg.routes.get("/api/people/{id}", records::person);
            cfg.routes.get("/api/reviews/{id}", records::review);
            cfg.routes.get("/api/quotes/{id}", records::quote);
            cfg.routes.get("/api/health", system::health);
            cfg.routes.get("/api/openapi.json", system::openApi);
            cfg.routes.get("/metrics", system::metrics);
            cfg.routes.post("/api/admin/reindex", admin::startReindex);
            cfg.routes.get("/api/admin/reindex", admin::reindexStatus);
            cfg.routes.get("/", WebPage::home);

            cfg.routes.exception(ApiException.class, (e, ctx) -> {
                e.headers().forEach(ctx::header);
                problem(ctx, e.problem());
            });
            cfg.routes.exception(BadQueryException.class,
                    (e, ctx) -> problem(ctx, Problem.of(ProblemType.BAD_QUERY, e.getMessage())));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, fromStatus(e.getStatus(), ctx)));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                problem(ctx, Problem.of(ProblemType.INTERNAL_ERROR,
                        "the server could not answer this request; its log has the error"));
            });
        });
    }

    public Javalin javalin() {
        return app;
    }

    /** Every route the app answers, in the order they were registered. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Listens on the configured host and port (0: a free port, see {@code javalin().port()}). */
    public FilmsearchApp start() {
        app.start();
        return this;
    }

    public void stop() {
        app.stop();
    }

    private void problem(Context ctx, Problem problem) {
        try {
            ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always writable", e);
        }
    }

    /** The answer to a status Javalin decided: no route (404), wrong method (405), or another HTTP error. */
    private static Problem fromStatus(int status, Context ctx) {
        return switch (status) {
            case 404 -> Problem.of(ProblemType.NOT_FOUND, "no route " + ctx.method().name() + " " + ctx.path()
                    + "; /api/openapi.json lists the routes");
            case 405 -> Problem.of(ProblemType.METHOD_NOT_ALLOWED, ctx.method().name() + " is not allowed on "
                    + ctx.path());
            default -> {
                String reason = HttpStatus.forStatus(status).getMessage();
                yield new Problem(ProblemType.REQUEST_REJECTED.uri(), reason, status, reason);
            }
        };
    }

    private static String routeOf(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoint();
            return endpoint == null ? ServerMetrics.UNMATCHED : endpoint.path;
        } catch (RuntimeException e) {
            return ServerMetrics.UNMATCHED;
        }
    }
}
