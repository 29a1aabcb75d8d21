package dev.filmsearch.server.http;

/**
 * The one error shape of the API (RFC 9457 problem details, {@code application/problem+json}): {@code type} and
 * {@code title} name the kind of error, {@code detail} says what was wrong with this request in words meant for its
 * sender. It never carries exception text or stack traces from the server's internals.
 */
public record Problem(String type, String title, int status, String detail) {
    public static final String CONTENT_TYPE = "application/problem+json";
    /** The most characters of a client's text (a path, an id) a detail quotes back. */
    public static final int MAX_QUOTED = 200;

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail);
    }

    /** A client's text as a detail quotes it: at most {@value #MAX_QUOTED} characters, then "…". */
    public static String excerpt(String text) {
        return text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
    }
}
