package dev.filmsearch.server.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * Guards the admin routes: {@code Authorization: Bearer <token>} must carry the configured token. Without a
 * configured token the admin routes are disabled (403 for everyone). Tokens are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, so the time taken says nothing about the token's content or length.
 */
public final class AdminAuth {
    private static final String CHALLENGE = "Bearer realm=\"filmsearch admin\"";

    private final byte[] tokenDigest;

    /** @param token the configured admin token, or null: admin routes disabled */
    public AdminAuth(String token) {
        this.tokenDigest = token == null ? null : sha256(token);
    }

    /** Passes when the request carries the token; otherwise throws the 403 or 401 answer. */
    public void require(Context ctx) {
        if (tokenDigest == null) {
            throw new ApiException(ProblemType.ADMIN_DISABLED,
                    "the admin routes are disabled: start the server with FILMSEARCH_ADMIN_TOKEN set to enable them");
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new ApiException(ProblemType.UNAUTHORIZED, "this route needs an Authorization: Bearer <token> header",
                    Map.of("WWW-Authenticate", CHALLENGE));
        }
        String presented = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        if (presented == null || !MessageDigest.isEqual(tokenDigest, sha256(presented))) {
            throw new ApiException(ProblemType.UNAUTHORIZED, "the bearer token is not valid",
                    Map.of("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\""));
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
