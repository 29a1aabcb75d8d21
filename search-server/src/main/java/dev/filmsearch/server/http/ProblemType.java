package dev.filmsearch.server.http;

/**
 * The kinds of error the API answers with. {@link #uri()} is the problem's {@code type} (a relative URI reference,
 * listed in docs/api.md), {@link #title()} its fixed short summary; the {@code detail} says what exactly was wrong.
 */
public enum ProblemType {
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter"),
    BAD_QUERY(400, "bad-query", "Query cannot be read"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    ADMIN_DISABLED(403, "admin-disabled", "Admin routes are disabled"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    REINDEX_RUNNING(409, "reindex-running", "A reindex is already running"),
    REQUEST_REJECTED(400, "request-rejected", "Request rejected"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Service unavailable");

    private final int status;
    private final String uri;
    private final String title;

    ProblemType(int status, String uri, String title) {
        this.status = status;
        this.uri = uri;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }
}
