package dev.filmsearch.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page's files and headers as a browser gets them from a Javalin configured by {@link WebPage}. */
class WebPageIT {
    private static Javalin app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            WebPage.configure(config);
            config.routes.get("/api/ping", ctx -> ctx.json(java.util.Map.of("pong", true)));
            config.routes.get("/home-route", WebPage::home);
        }).start();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    @Test
    void root_serves_the_search_page_as_utf8_html() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(200, response.statusCode());
        assertEquals("text/html;charset=utf-8", contentType(response));
        assertTrue(response.body().contains("<script type=\"module\" src=\"/js/search-page.js\"></script>"));
    }

    @Test
    void a_route_at_root_can_serve_the_same_page() throws Exception {
        HttpResponse<String> response = get("/home-route");
        assertEquals(200, response.statusCode());
        assertEquals("text/html;charset=utf-8", contentType(response));
        assertEquals(get("/").body(), response.body());
        assertEquals(WebPage.CONTENT_SECURITY_POLICY, response.headers().firstValue("Content-Security-Policy").orElseThrow());
    }

    @Test
    void pages_modules_and_styles_are_served_as_utf8_with_their_types() throws Exception {
        assertEquals("text/html;charset=utf-8", contentType(get("/film.html")));
        assertEquals("text/html;charset=utf-8", contentType(get("/person.html")));
        HttpResponse<String> module = get("/js/search-page.js");
        assertEquals(200, module.statusCode());
        assertEquals("text/javascript;charset=utf-8", contentType(module));
        assertEquals("text/css;charset=utf-8", contentType(get("/css/site.css")));
        assertEquals("image/svg+xml", contentType(get("/favicon.svg")));
    }

    @Test
    void page_files_carry_the_security_headers() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(WebPage.CONTENT_SECURITY_POLICY, response.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElseThrow());
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void api_answers_carry_the_security_headers_too() throws Exception {
        HttpResponse<String> response = get("/api/ping");
        assertEquals(200, response.statusCode());
        assertEquals(WebPage.CONTENT_SECURITY_POLICY, response.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void the_policy_allows_no_inline_script_and_no_framing() {
        String csp = WebPage.CONTENT_SECURITY_POLICY;
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertTrue(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    }

    @Test
    void an_unknown_file_is_a_404_with_the_headers_too() throws Exception {
        HttpResponse<String> response = get("/no-such-page.html");
        assertEquals(404, response.statusCode());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(WebPage.CONTENT_SECURITY_POLICY, response.headers().firstValue("Content-Security-Policy").orElseThrow());
    }
}
