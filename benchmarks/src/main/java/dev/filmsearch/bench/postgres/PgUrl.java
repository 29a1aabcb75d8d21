package dev.filmsearch.bench.postgres;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the benchmark's PostgreSQL cluster listens, from the URL its start script writes to {@code load-url}:
 * {@code postgresql://USER@HOST:PORT/DATABASE} (trust authentication, so no password). Turned into the JDBC URL of
 * the {@code org.postgresql} driver.
 */
public record PgUrl(String host, int port, String database, String user) {
    public static final int DEFAULT_PORT = 5432;

    public PgUrl {
        if (host == null || host.isBlank() || database == null || database.isBlank()) {
            throw new IllegalArgumentException("a PostgreSQL URL needs a host and a database");
        }
    }

    /** Reads {@code postgresql://[USER@]HOST[:PORT]/DATABASE} (user defaults to postgres, port to 5432). */
    public static PgUrl parse(URI url) {
        if (!"postgresql".equals(url.getScheme()) && !"postgres".equals(url.getScheme())) {
            throw new IllegalArgumentException("not a postgresql:// URL: " + url);
        }
        String path = url.getPath() == null ? "" : url.getPath().replaceFirst("^/", "");
        if (path.isEmpty() || path.contains("/")) {
            throw new IllegalArgumentException("the URL names no database (postgresql://USER@HOST:PORT/DATABASE): " + url);
        }
        String user = url.getUserInfo() == null || url.getUserInfo().isBlank() ? "postgres" : url.getUserInfo();
        return new PgUrl(url.getHost(), url.getPort() < 0 ? DEFAULT_PORT : url.getPort(), path, user);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A new connection with autocommit on. */
    public Connection connect(String applicationName) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(jdbcUrl(), props);
    }
}
