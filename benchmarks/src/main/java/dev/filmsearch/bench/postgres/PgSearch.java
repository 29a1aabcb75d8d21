package dev.filmsearch.bench.postgres;

import dev.filmsearch.bench.query.BenchQuery;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One search of the benchmark in SQL, as a PostgreSQL user would write it against the schema of {@link PgLoader}.
 *
 * <ul>
 *   <li>WORDS: {@code websearch_to_tsquery} (PostgreSQL's parser for search boxes) of the text as typed, in the three
 *       configurations (English, Spanish, names), OR'ed: what a PostgreSQL user writes. It ANDs the words within a
 *       configuration, so multi-word searches match fewer records than the other engines' OR of the words;
 *       {@code op=or} joins the words with {@code or} first (the same OR of the words as the other engines) to
 *       measure that difference.</li>
 *   <li>PHRASE: {@code phraseto_tsquery} in the three configurations, OR'ed.</li>
 *   <li>Ranking: {@code ts_rank_cd} (cover density) with the default weights A=1.0 (title), B=0.4 (names, original
 *       and film titles), C=0.2 (body), normalised by the log of the record's length (flag 1) so long reviews do
 *       not win by repetition; ties by votes, then key.</li>
 *   <li>Director filter: {@code directors @> ARRAY[name]} (GIN index on the array).</li>
 *   <li>Total and facets over all matches: one materialised CTE, {@code count(*)} and {@code unnest} +
 *       {@code GROUP BY} for the top 10 genres and directors; one round trip.</li>
 * </ul>
 */
public final class PgSearch {
    /** What the front was asked; {@code text} is "" only with a director; {@code or}: OR of the words (op=or). */
    public record Request(BenchQuery.Kind kind, String text, String director, boolean or) {
    }

    /** What PostgreSQL answered. */
    public record Result(long hits, List<String> keys, Map<String, Long> genres, Map<String, Long> directors) {
    }

    /** Bad input: the front answers 400 with this message. */
    public static final class BadRequest extends RuntimeException {
        public BadRequest(String message) {
            super(message);
        }
    }

    static final int MAX_TEXT = 500;

    /** The statement variants, prepared once per connection. */
    enum Variant { WORDS, WORDS_OR, PHRASE, WORDS_DIRECTOR, WORDS_OR_DIRECTOR, PHRASE_DIRECTOR, DIRECTOR_ONLY }

    private final Connection connection;
    private final Map<Variant, PreparedStatement> statements = new EnumMap<>(Variant.class);

    public PgSearch(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }

    /** Reads {@code kind=words|phrase&q=...&director=...[&op=and|or]} from a raw (still encoded) query string. */
    public static Request parse(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!List.of("kind", "q", "director", "op").contains(name)) {
                    throw new BadRequest("unknown parameter '" + name + "'; the parameters are kind, q, director, op");
                }
                if (params.put(name, value) != null) {
                    throw new BadRequest("parameter '" + name + "' given twice");
                }
            }
        }
        String kindParam = params.getOrDefault("kind", "words");
        BenchQuery.Kind kind = switch (kindParam) {
            case "words" -> BenchQuery.Kind.WORDS;
            case "phrase" -> BenchQuery.Kind.PHRASE;
            default -> throw new BadRequest("kind must be words or phrase, not '" + kindParam + "'");
        };
        String op = params.getOrDefault("op", "and");
        if (!op.equals("or") && !op.equals("and")) {
            throw new BadRequest("op must be and or or, not '" + op + "'");
        }
        String text = params.getOrDefault("q", "").strip();
        String director = params.getOrDefault("director", "").strip();
        if (text.length() > MAX_TEXT || director.length() > MAX_TEXT) {
            throw new BadRequest("q and director are limited to " + MAX_TEXT + " characters");
        }
        if (text.isEmpty() && director.isEmpty()) {
            throw new BadRequest("give q (the words), a director, or both");
        }
        return new Request(kind, text, director.isEmpty() ? null : director, op.equals("or"));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("malformed query string: " + e.getMessage());
        }
    }

    /**
     * The words as one {@code websearch_to_tsquery} OR: "the dark knigth" becomes "the or dark or knigth". Quotes and
     * a leading minus (its phrase and NOT syntax) are dropped, and a typed "or" too (the words are OR'ed already).
     */
    static String orOfWords(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("\\s+")) {
            String word = w.replace("\"", "").replaceFirst("^-+", "");
            if (!word.isEmpty() && !word.toLowerCase(Locale.ROOT).equals("or")) {
                words.add(word);
            }
        }
        return String.join(" or ", words);
    }

    static Variant variant(Request r) {
        if (r.text().isEmpty()) {
            return Variant.DIRECTOR_ONLY;
        }
        boolean d = r.director() != null;
        if (r.kind() == BenchQuery.Kind.PHRASE) {
            return d ? Variant.PHRASE_DIRECTOR : Variant.PHRASE;
        }
        if (r.or()) {
            return d ? Variant.WORDS_OR_DIRECTOR : Variant.WORDS_OR;
        }
        return d ? Variant.WORDS_DIRECTOR : Variant.WORDS;
    }

    /** The SQL of one variant; parameters: the query text three times (unless DIRECTOR_ONLY), then the director. */
    static String sql(Variant v) {
        String from;
        String where;
        String rank;
        if (v == Variant.DIRECTOR_ONLY) {
            from = "docs";
            where = "directors @> ARRAY[?]::text[]";
            rank = "0::real";
        } else {
            String fn = v == Variant.PHRASE || v == Variant.PHRASE_DIRECTOR ? "phraseto_tsquery" : "websearch_to_tsquery";
            from = "docs, tsquery_or(tsquery_or(" + fn + "('en_unaccent', ?), " + fn + "('es_unaccent', ?)), "
                    + fn + "('simple_unaccent', ?)) AS q";
            where = "tsv @@ q";
            if (v == Variant.WORDS_DIRECTOR || v == Variant.WORDS_OR_DIRECTOR || v == Variant.PHRASE_DIRECTOR) {
                where += " AND directors @> ARRAY[?]::text[]";
            }
            rank = "ts_rank_cd(tsv, q, 1)";
        }
        return """
                WITH m AS MATERIALIZED (
                  SELECT key, votes, genres, directors, %s AS r FROM %s WHERE %s
                )
                SELECT 0 AS part, NULL::text AS v, count(*) AS n, 0::real AS s1, 0::bigint AS s2 FROM m
                UNION ALL
                SELECT * FROM (SELECT 1, key, NULL::bigint, r, votes FROM m
                               ORDER BY r DESC, votes DESC NULLS LAST, key LIMIT %d) k
                UNION ALL
                SELECT * FROM (SELECT 2, g, count(*), count(*)::real, NULL::bigint FROM m, unnest(m.genres) g
                               GROUP BY g ORDER BY 3 DESC, 2 LIMIT %d) g
                UNION ALL
                SELECT * FROM (SELECT 3, d, count(*), count(*)::real, NULL::bigint FROM m, unnest(m.directors) d
                               GROUP BY d ORDER BY 3 DESC, 2 LIMIT %d) d
                ORDER BY part, s1 DESC, s2 DESC NULLS LAST, v
                """.formatted(rank, from, where, BenchQuery.TOP, BenchQuery.FACET_VALUES, BenchQuery.FACET_VALUES);
    }

    /** Runs one search on this connection. */
    public Result run(Request r) throws SQLException {
        Variant v = variant(r);
        PreparedStatement st = statements.get(v);
        if (st == null) {
            st = connection.prepareStatement(sql(v));
            statements.put(v, st);
        }
        int i = 1;
        if (v != Variant.DIRECTOR_ONLY) {
            String q = r.kind() == BenchQuery.Kind.WORDS && r.or() ? orOfWords(r.text()) : r.text();
            st.setString(i++, q);
            st.setString(i++, q);
            st.setString(i++, q);
        }
        if (r.director() != null) {
            st.setString(i, r.director());
        }
        long hits = 0;
        List<String> keys = new ArrayList<>();
        Map<String, Long> genres = new LinkedHashMap<>();
        Map<String, Long> directors = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                switch (rs.getInt(1)) {
                    case 0 -> hits = rs.getLong(3);
                    case 1 -> keys.add(rs.getString(2));
                    case 2 -> genres.put(rs.getString(2), rs.getLong(3));
                    case 3 -> directors.put(rs.getString(2), rs.getLong(3));
                    default -> throw new SQLException("unexpected part " + rs.getInt(1));
                }
            }
        }
        return new Result(hits, keys, genres, directors);
    }

    public void close() {
        for (PreparedStatement st : statements.values()) {
            try {
                st.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
