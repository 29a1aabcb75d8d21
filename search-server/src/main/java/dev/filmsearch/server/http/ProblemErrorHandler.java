package dev.filmsearch.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler, for the errors Jetty answers itself before a route runs: a request it cannot parse (400),
 * a request line or headers too long (414, 431), an HTTP version it does not speak (505), a URI that breaks the
 * URI rules (400), load shed by the server's limits (503). Writes them as the API's one {@link Problem} shape with
 * the same security headers as every other answer, instead of Jetty's HTML page; a 503 carries
 * {@code Retry-After}. Never echoes exception text beyond Jetty's short reason.
 */
public final class ProblemErrorHandler implements Request.Handler {
    private static final int MAX_REASON = 100;

    private final ObjectMapper json;
    private final Map<String, String> securityHeaders;
    private final int maxRequestHeaderBytes;
    private final int retryAfterSeconds;

    public ProblemErrorHandler(ObjectMapper json, Map<String, String> securityHeaders, int maxRequestHeaderBytes,
                               int retryAfterSeconds) {
        this.json = json;
        this.securityHeaders = Map.copyOf(securityHeaders);
        this.maxRequestHeaderBytes = maxRequestHeaderBytes;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        Object cause = request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
        if (cause instanceof HttpException http) {
            status = http.getCode();
        }
        if (status < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR_500;
        }
        response.setStatus(status);
        Problem problem = problem(status, (String) request.getAttribute(ErrorHandler.ERROR_MESSAGE));
        var headers = response.getHeaders();
        securityHeaders.forEach(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        if (status == HttpStatus.SERVICE_UNAVAILABLE_503) {
            headers.put(HttpHeader.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        }
        if ("HEAD".equals(request.getMethod()) || HttpStatus.hasNoBody(status)) {
            callback.succeeded();
            return true;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            callback.failed(e);
            return true;
        }
        headers.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        headers.put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** The problem for a status Jetty decided, with Jetty's reason when it is short and plain. */
    Problem problem(int status, String reason) {
        return switch (status) {
            case 503 -> Problem.of(ProblemType.UNAVAILABLE, "the server is busy; try again in " + retryAfterSeconds
                    + (retryAfterSeconds == 1 ? " second" : " seconds"));
            case 500 -> Problem.of(ProblemType.INTERNAL_ERROR,
                    "the server could not answer this request; its log has the error");
            case 414 -> rejected(status, String.format(Locale.ROOT, "the request line is longer than %,d bytes;"
                    + " q may have at most 1,000 characters", maxRequestHeaderBytes));
            case 431 -> rejected(status, String.format(Locale.ROOT,
                    "the request line and headers are larger than %,d bytes", maxRequestHeaderBytes));
            case 505 -> rejected(status, "this server speaks HTTP/1.0 and HTTP/1.1");
            default -> {
                String plain = plain(reason);
                String phrase = HttpStatus.getMessage(status);
                yield rejected(status, plain == null || plain.equalsIgnoreCase(phrase)
                        ? "the request was rejected: " + phrase.toLowerCase(Locale.ROOT)
                        : "the request was rejected: " + plain);
            }
        };
    }

    private static Problem rejected(int status, String detail) {
        return new Problem(ProblemType.REQUEST_REJECTED.uri(), HttpStatus.getMessage(status), status, detail);
    }

    /** Jetty's reason if it is printable ASCII of at most {@value #MAX_REASON} characters, else null. */
    private static String plain(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            return null;
        }
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
        }
        return reason;
    }
}
