package dev.filmsearch.server.http;

import java.util.Map;

/**
 * Ends a request with a {@link Problem}: thrown by controllers and parameter parsing, written by the app's
 * exception handler. Carries no stack trace: it is an answer, not a failure. {@code headers} go on the response
 * (e.g. {@code WWW-Authenticate}).
 */
public final class ApiException extends RuntimeException {
    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ApiException(ProblemType type, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.problem = Problem.of(type, detail);
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ApiException invalid(String detail) {
        return new ApiException(ProblemType.INVALID_PARAMETER, detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail);
    }
}
