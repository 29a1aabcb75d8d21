package dev.filmsearch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmsearch.server.engine.SearchEngine;
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
import dev.filmsearch.server.reindex.Reindexer;
import dev.filmsearch.server.http.DataRateHandler;
import dev.filmsearch.server.http.ProblemErrorHandler;
import dev.filmsearch.server.http.RequestLimitHandler;
import dev.filmsearch.server.search.BadQueryException;
import dev.filmsearch.server.search.BudgetExceededException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
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
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final Javalin app;

    public FilmsearchApp(ServerConfig config, SearchEngine engine, Reindexer reindexer) {
        HealthService health = new HealthService(engine, reindexer);
        this.metrics = new ServerMetrics(health, reindexer);
        SearchController searchController = new SearchController(engine);
        RecordController records = new RecordController(engine);
        AdminController admin = new AdminController(new AdminAuth(config.adminToken()), reindexer);
        SystemController system = new SystemController(health, metrics);

        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.prefer405over404 = true;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.requestLogger.http((ctx, ms) -> metrics.record(ServerMetrics.methodLabel(ctx.req().getMethod()),
                    routeOf(ctx), ctx.statusCode(), ms / 1000.0));
            cfg.events.handlerAdded(info -> routes.add(new Route(info.getHttpMethod().name(), info.getPath())));
            WebPage.configure(cfg);
            limit(cfg, config);

            get(cfg, "/api/search", searchController::search);
            get(cfg, "/api/suggest", searchController::suggest);
            get(cfg, "/api/facets/{name}", searchController::facetValues);
            get(cfg, "/api/films/{id}", records::film);
            get(cfg, "/api/people/{id}", records::person);
            get(cfg, "/api/reviews/{id}", records::review);
            get(cfg, "/api/quotes/{id}", records::quote);
            get(cfg, "/api/health", system::health);
            get(cfg, "/api/openapi.json", system::openApi);
            get(cfg, "/metrics", system::metrics);
            cfg.routes.post("/api/admin/reindex", admin::startReindex);
            get(cfg, "/api/admin/reindex", admin::reindexStatus);
            get(cfg, "/", WebPage::home);

            cfg.routes.exception(ApiException.class, (e, ctx) -> {
                e.headers().forEach(ctx::header);
                problem(ctx, e.problem());
            });
            cfg.routes.exception(BadQueryException.class,
                    (e, ctx) -> problem(ctx, Problem.of(ProblemType.BAD_QUERY, e.getMessage())));
            cfg.routes.exception(BudgetExceededException.class, (e, ctx) -> {
                ctx.header("Retry-After", Integer.toString(HttpLimits.RETRY_AFTER_SECONDS));
                problem(ctx, Problem.of(ProblemType.UNAVAILABLE, e.getMessage()));
            });
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, fromStatus(e.getStatus(), ctx)));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                problem(ctx, Problem.of(ProblemType.INTERNAL_ERROR,
                        "the server could not answer this request; its log has the error"));
            });
        });
    }

    /**
     * A GET route that answers HEAD too, by running the same handler (Jetty sends no body for HEAD). Javalin alone
     * would answer HEAD with an empty 200 without running the handler, so a broken route would look healthy.
     */
    private static void get(JavalinConfig cfg, String path, Handler handler) {
        cfg.routes.get(path, handler);
        cfg.routes.head(path, handler);
    }

    /**
     * The HTTP server's limits ({@link HttpLimits}) and rules: a bounded thread pool and job queue, a connection
     * cap, an idle timeout, answers buffered whole and a minimum data rate for slow clients, at most so many requests at once with a
     * short, bounded wait for the rest (then a 503 with Retry-After), strict URI rules (RFC 3986: no
     * {@code %u} escapes, no ambiguous path segments or separators), and Jetty's own errors in the API's
     * problem+json shape.
     */
    private void limit(JavalinConfig cfg, ServerConfig config) {
        HttpLimits limits = config.limits();
        QueuedThreadPool pool = new QueuedThreadPool(limits.maxThreads(), Math.min(8, limits.maxThreads()),
                (int) Duration.ofMinutes(1).toMillis(), new BlockingArrayQueue<>(Math.min(64, limits.maxQueuedJobs()),
                64, limits.maxQueuedJobs()));
        pool.setName("filmsearch-http");
        cfg.jetty.threadPool = pool;
        cfg.jetty.modifyHttpConfiguration(http -> {
            http.setUriCompliance(UriCompliance.DEFAULT);
            http.setRequestHeaderSize(limits.maxRequestHeaderBytes());
            // an answer up to this size is written in one go after its handler returns, so a client that does not
            // read holds no thread, and the minimum data rate bounds how long it holds its request slot
            http.setOutputBufferSize(limits.responseBufferBytes());
            http.setOutputAggregationSize(limits.responseBufferBytes());
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        cfg.jetty.modifyServer(server -> {
            server.setErrorHandler(new ProblemErrorHandler(json, WebPage.SECURITY_HEADERS,
                    limits.maxRequestHeaderBytes(), HttpLimits.RETRY_AFTER_SECONDS));
            server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
            server.insertHandler(new RequestLimitHandler(limits.maxConcurrentRequests(), limits.maxQueuedRequests(),
                    limits.maxQueueWait()));
            server.insertHandler(new DataRateHandler(limits.minDataRate(), HttpLimits.DATA_RATE_GRACE));
        });
        cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProblemErrorHandler(json,
                WebPage.SECURITY_HEADERS, limits.maxRequestHeaderBytes(), HttpLimits.RETRY_AFTER_SECONDS)));
        cfg.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(config.host());
            connector.setPort(config.port());
            connector.setIdleTimeout(limits.idleTimeout().toMillis());
            // connections the system holds before the server accepts them, so a burst is not dropped
            connector.setAcceptQueueSize(Math.min(limits.maxConnections(), 1024));
            return connector;
        });
    }

    public Javalin javalin() {
        return app;
    }

    /** Every route the app answers, in the order they were registered; each GET route answers HEAD too. */
    public List<Route> routes() {
        return routes.stream().filter(r -> !r.method().equals("HEAD")).toList();
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
            case 404 -> Problem.of(ProblemType.NOT_FOUND, "no route " + Problem.excerpt(ctx.method().name()) + " "
                    + Problem.excerpt(ctx.path()) + "; /api/openapi.json lists the routes");
            case 405 -> Problem.of(ProblemType.METHOD_NOT_ALLOWED, Problem.excerpt(ctx.method().name())
                    + " is not allowed on " + Problem.excerpt(ctx.path()));
            default -> {
                String reason = HttpStatus.forStatus(status).getMessage();
                yield new Problem(ProblemType.REQUEST_REJECTED.uri(), reason, status, reason);
            }
        };
    }

    /** The route template of a request, or {@link ServerMetrics#UNMATCHED}: never a path a client made up. */
    private String routeOf(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoint();
            if (endpoint != null) {
                for (Route route : routes) {
                    if (route.path().equals(endpoint.path)) {
                        return route.path();
                    }
                }
            }
            return ServerMetrics.UNMATCHED;
        } catch (RuntimeException e) {
            return ServerMetrics.UNMATCHED;
        }
    }
}
