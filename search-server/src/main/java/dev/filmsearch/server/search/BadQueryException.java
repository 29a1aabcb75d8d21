package dev.filmsearch.server.search;

/**
 * A query or facet request that cannot be answered as written, with a message meant for the user
 * ("year '19x3' is not a year or a range like 1970..1979"). The HTTP layer answers it with a 400.
 */
public final class BadQueryException extends RuntimeException {
    public BadQueryException(String message) {
        super(message);
    }
}
