package dev.filmsearch.server.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;

/**
 * The search page: serves the static files under {@code /public} on the classpath (index.html, film.html,
 * person.html, CSS and JavaScript modules) at {@code /}, and sends security headers with every response.
 * The page talks to the server only through the public JSON API, so nothing here knows about searching.
 */
public final class WebPage {
    /** Where the page's files live on the classpath ({@code src/main/resources/public}). */
    public static final String CLASSPATH_DIRECTORY = "/public";

    /**
     * Scripts, styles, images and API calls only from this origin; no inline script or style, no plugins,
     * no framing, no {@code <base>} tricks, forms only to this origin.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The headers every response carries, static file or API answer. */
    public static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    private static final String HTML = "text/html; charset=utf-8";
    /** index.html, read once: the page's files change only with a new jar. */
    private static final byte[] INDEX = resource(CLASSPATH_DIRECTORY + "/index.html");

    private WebPage() {
    }

    /**
     * Serves the page's files at {@code /} and adds the security headers to every response. Call it inside
     * {@code Javalin.create(config -> …)}; the API routes keep working beside it (an API path always wins
     * over a file of the same name, and there are no files under {@code /api}).
     */
    public static void configure(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = CLASSPATH_DIRECTORY;
            files.location = Location.CLASSPATH;
            // revalidate on every load so a new release is picked up at once; the files are small
            files.headers = Map.of("Cache-Control", "no-cache");
            files.mimeTypes.add(HTML, "html");
            files.mimeTypes.add("text/javascript; charset=utf-8", "js");
            files.mimeTypes.add("text/css; charset=utf-8", "css");
            files.mimeTypes.add("image/svg+xml", "svg");
        });
        // A servlet filter rather than a before-handler: the headers go on every response (files, API answers,
        // errors) without adding a route that would show in the app's route list or its per-route metrics.
        config.jetty.modifyServletContextHandler(context -> context.addFilter(
                (Filter) (request, response, chain) -> {
                    HttpServletResponse http = (HttpServletResponse) response;
                    SECURITY_HEADERS.forEach(http::setHeader);
                    chain.doFilter(request, response);
                }, "/*", EnumSet.of(DispatcherType.REQUEST)));
    }

    /**
     * The search page itself, for an app that keeps a route at {@code /} (so that it shows in its route list):
     * {@code cfg.routes.get("/", WebPage::home)}. Without such a route the static files answer {@code /} alike.
     */
    public static void home(Context ctx) {
        ctx.header("Cache-Control", "no-cache").contentType(HTML).result(INDEX);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
