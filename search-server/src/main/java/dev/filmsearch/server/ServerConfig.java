package dev.filmsearch.server;

import java.nio.file.Path;

/**
 * How the server runs, built once in {@link Main} and passed by constructor: where it listens, the corpus folder a
 * reindex reads (never a path from a request), the index folder, the admin token ({@code null}: the admin
 * routes are disabled) and the limits of the HTTP server ({@link HttpLimits}).
 */
public record ServerConfig(String host, int port, Path corpus, Path index, String adminToken, HttpLimits limits) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** The environment variable the admin token is read from. */
    public static final String ADMIN_TOKEN_ENV = "FILMSEARCH_ADMIN_TOKEN";

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be from 0 to 65535, not " + port);
        }
        corpus = corpus.toAbsolutePath().normalize();
        index = index.toAbsolutePath().normalize();
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken.strip();
        limits = limits == null ? HttpLimits.defaults() : limits;
    }

    /** With the default {@link HttpLimits}. */
    public ServerConfig(String host, int port, Path corpus, Path index, String adminToken) {
        this(host, port, corpus, index, adminToken, HttpLimits.defaults());
    }

    public ServerConfig withLimits(HttpLimits limits) {
        return new ServerConfig(host, port, corpus, index, adminToken, limits);
    }

    public boolean adminEnabled() {
        return adminToken != null;
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", corpus=" + corpus + ", index=" + index
                + ", admin=" + (adminEnabled() ? "enabled" : "disabled") + ", limits=" + limits + "]";
    }
}
