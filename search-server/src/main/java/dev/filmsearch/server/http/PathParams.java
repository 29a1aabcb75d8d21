package dev.filmsearch.server.http;

import io.javalin.http.Context;

/** Path parameters as the routes read them: decoding that fails is a 400, never a 500. */
final class PathParams {
    private PathParams() {
    }

    static String get(Context ctx, String name) {
        try {
            return ctx.pathParam(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("the path is not correctly percent-encoded UTF-8");
        }
    }

    /** A value as it can be quoted back in an error. */
    static String quote(String value) {
        return Problem.excerpt(value);
    }
}
