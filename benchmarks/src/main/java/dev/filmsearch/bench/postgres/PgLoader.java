package dev.filmsearch.bench.postgres;

import dev.filmsearch.bench.docs.BenchDoc;
import dev.filmsearch.bench.docs.BenchDocs;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import org.postgresql.PGConnection;

/**
 * Creates the PostgreSQL full-text schema and loads the exported records with COPY.
 *
 * <p>Analysis, the closest PostgreSQL has to filmsearch's: three text search configurations with the
 * {@code unaccent} dictionary before the usual one (the documented way): {@code en_unaccent} (english + Snowball
 * English stemmer), {@code es_unaccent} (spanish + Snowball Spanish stemmer) and {@code simple_unaccent} (no
 * stemming, no stop words: the "standard analyser + folding" for people's names). One stored, generated
 * {@code tsvector} per record, weighted: the title in English and Spanish (A), names and characters (B), the
 * original and film titles in English and Spanish (B), the body in the record's language (C). One GIN index on it,
 * one GIN index on the directors array for the exact director filter.
 *
 * <p>Loading: the table without indexes, COPY in batches of {@value #BATCH} records on as many connections as the
 * machine has cores (at most 4; the generated column's {@code to_tsvector} work is what costs), then the two GIN
 * indexes (built at the same time on two connections: PostgreSQL 15 builds a GIN index on one core) and
 * {@code VACUUM (ANALYZE)}, as one does after a bulk load. Everything is dropped and recreated first, so repeated
 * loads start clean.
 */
public final class PgLoader {
    static final int BATCH = 2_000;

    static final String COLUMNS = "key, type, id, title, alt_title, names, characters, text, language, genres, "
            + "directors, year, rating, votes, film_id, film_title";

    /** The schema, run in this order by {@link #load}: drops what an earlier load left, then creates it again. */
    static final List<String> SCHEMA = List.of(
            "DROP TABLE IF EXISTS docs",
            "DROP TEXT SEARCH CONFIGURATION IF EXISTS en_unaccent",
            "DROP TEXT SEARCH CONFIGURATION IF EXISTS es_unaccent",
            "DROP TEXT SEARCH CONFIGURATION IF EXISTS simple_unaccent",
            "CREATE EXTENSION IF NOT EXISTS unaccent",
            "CREATE TEXT SEARCH CONFIGURATION en_unaccent (COPY = english)",
            "ALTER TEXT SEARCH CONFIGURATION en_unaccent ALTER MAPPING FOR hword, hword_part, word "
                    + "WITH unaccent, english_stem",
            "CREATE TEXT SEARCH CONFIGURATION es_unaccent (COPY = spanish)",
            "ALTER TEXT SEARCH CONFIGURATION es_unaccent ALTER MAPPING FOR hword, hword_part, word "
                    + "WITH unaccent, spanish_stem",
            "CREATE TEXT SEARCH CONFIGURATION simple_unaccent (COPY = simple)",
            "ALTER TEXT SEARCH CONFIGURATION simple_unaccent ALTER MAPPING FOR hword, hword_part, word "
                    + "WITH unaccent, simple",
            """
            CREATE TABLE docs (
              key text PRIMARY KEY,
              type text NOT NULL,
              id text NOT NULL,
              title text,
              alt_title text,
              names text,
              characters text,
              text text,
              language text NOT NULL,
              genres text[] NOT NULL,
              directors text[] NOT NULL,
              year integer,
              rating double precision,
              votes bigint,
              film_id text,
              film_title text,
              tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('en_unaccent', coalesce(title, '')), 'A')
                || setweight(to_tsvector('es_unaccent', coalesce(title, '')), 'A')
                || setweight(to_tsvector('simple_unaccent', coalesce(names, '') || ' ; ' || coalesce(characters, '')), 'B')
                || setweight(to_tsvector('en_unaccent', coalesce(alt_title, '') || ' ; ' || coalesce(film_title, '')), 'B')
                || setweight(to_tsvector('es_unaccent', coalesce(alt_title, '') || ' ; ' || coalesce(film_title, '')), 'B')
                || setweight(CASE WHEN language = 'es' THEN to_tsvector('es_unaccent', coalesce(text, ''))
                                  ELSE to_tsvector('en_unaccent', coalesce(text, '')) END, 'C')
              ) STORED
            )""");

    /** Built after the data, at the same time (one connection each). */
    static final List<String> INDEXES = List.of(
            "CREATE INDEX docs_tsv ON docs USING gin (tsv)",
            "CREATE INDEX docs_directors ON docs USING gin (directors)");

    static final String AFTER = "VACUUM (ANALYZE) docs";

    private PgLoader() {
    }

    /** Drops and recreates the schema, loads every record of {@code docs}, indexes and analyses; returns the count. */
    public static long load(PgUrl url, Path docs) throws IOException, InterruptedException {
        int writers = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        try (Connection admin = url.connect("filmsearch-bench-load")) {
            run(admin, SCHEMA);
            long count = copy(url, docs, writers);
            parallel(url, INDEXES);
            run(admin, List.of(AFTER));
            return count;
        } catch (SQLException e) {
            throw new IOException("loading PostgreSQL at " + url.jdbcUrl() + " failed: " + e.getMessage(), e);
        }
    }

    private static long copy(PgUrl url, Path docs, int writers) throws SQLException, IOException,
            InterruptedException {
        LinkedBlockingQueue<Connection> free = new LinkedBlockingQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        Semaphore inFlight = new Semaphore(writers * 2);
        List<Future<?>> pending = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                free.add(url.connect("filmsearch-bench-load"));
            }
            String sql = "COPY docs (" + COLUMNS + ") FROM STDIN";
            long count = BenchDocs.forEachBatch(docs, BATCH, batch -> {
                inFlight.acquire();
                pending.add(pool.submit(() -> {
                    Connection c = free.take();
                    try {
                        c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(copyText(batch)));
                    } finally {
                        free.add(c);
                        inFlight.release();
                    }
                    return null;
                }));
                pending.removeIf(f -> f.isDone() && check(f));
            });
            for (Future<?> f : pending) {
                check(f);
            }
            return count;
        } finally {
            pool.shutdownNow();
            for (Connection c : free) {
                c.close();
            }
        }
    }

    private static void parallel(PgUrl url, List<String> statements) throws SQLException, IOException,
            InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(statements.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String sql : statements) {
                done.add(pool.submit(() -> {
                    try (Connection c = url.connect("filmsearch-bench-load")) {
                        run(c, List.of(sql));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                check(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean check(Future<?> f) {
        try {
            f.get();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    private static void run(Connection c, List<String> statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    /** The batch as COPY text format: one line per record, the {@link #COLUMNS} separated by tabs. */
    static String copyText(List<BenchDoc> batch) {
        StringBuilder out = new StringBuilder(batch.size() * 1024);
        for (BenchDoc d : batch) {
            field(out, d.key()).append('\t');
            field(out, d.type()).append('\t');
            field(out, d.id()).append('\t');
            field(out, d.title()).append('\t');
            field(out, d.altTitle()).append('\t');
            field(out, d.names().isEmpty() ? null : String.join(" ; ", d.names())).append('\t');
            field(out, d.characters().isEmpty() ? null : String.join(" ; ", d.characters())).append('\t');
            field(out, d.text()).append('\t');
            field(out, "es".equals(d.language()) ? "es" : "en").append('\t');
            field(out, arrayLiteral(d.genres())).append('\t');
            field(out, arrayLiteral(d.directors())).append('\t');
            field(out, d.year() == null ? null : d.year().toString()).append('\t');
            field(out, d.rating() == null ? null : d.rating().toString()).append('\t');
            field(out, d.votes() == null ? null : d.votes().toString()).append('\t');
            field(out, d.filmId()).append('\t');
            field(out, d.filmTitle()).append('\n');
        }
        return out.toString();
    }

    /** One COPY text-format value: \N for null; backslash, tab, newline and carriage return escaped; NUL dropped. */
    static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> { }
                default -> out.append(ch);
            }
        }
        return out;
    }

    /** A text[] literal: {"a","b \"c\""}; every element quoted, quotes and backslashes escaped. */
    static String arrayLiteral(List<String> values) {
        StringBuilder a = new StringBuilder("{");
        for (String v : values) {
            if (a.length() > 1) {
                a.append(',');
            }
            a.append('"');
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (ch == '"' || ch == '\\') {
                    a.append('\\');
                }
                a.append(ch);
            }
            a.append('"');
        }
        return a.append('}').toString();
    }
}
