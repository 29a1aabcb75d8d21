package dev.filmsearch.corpus.rows;

import dev.filmsearch.model.RecordType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our field names per record type, and the common column names that feed each of them when a file has no
 * mapping for that field. Our own name always comes first. Names are compared by {@link Row#key}, so case,
 * spaces and punctuation do not matter ("IMDB Rating" = "imdb_rating"); the lists hold those keys.
 *
 * <p>Film fields also accept {@code imdbId} (a column holding a {@code tt…} id, e.g. an IMDb link) and
 * person fields {@code imdbId} ({@code nm…}); native records may also carry {@code id}.
 */
final class FieldNames {

    private static final Map<RecordType, Map<String, List<String>>> COMMON = Map.of(
            RecordType.FILM, film(),
            RecordType.PERSON, person(),
            RecordType.REVIEW, review(),
            RecordType.QUOTE, quote());

    /** Fields only our own format has: never looked up under other names. */
    private static final Set<String> NATIVE_ONLY = Set.of("id", "releaseCountry", "related", "films");

    private FieldNames() {
    }

    /** Every field a record of that type can be given, in a stable order (for messages). */
    static Set<String> of(RecordType type) {
        return COMMON.get(type).keySet();
    }

    /** The {@link Row#key keys} of the columns that feed {@code field} when the mapping does not say. */
    static List<String> commonKeys(RecordType type, String field) {
        return NATIVE_ONLY.contains(field) ? List.of() : COMMON.get(type).getOrDefault(field, List.of());
    }

    /** The {@link Row#key key} of our own name for the field. */
    static String ownKey(RecordType type, String field) {
        List<String> keys = COMMON.get(type).get(field);
        return keys == null ? Row.key(field) : keys.getFirst();
    }

    private static Map<String, List<String>> film() {
        var m = new Fields();
        m.add("id");
        m.add("imdbId", "imdb_id", "imdb", "tconst", "movie_imdb_link", "imdb_link", "imdb_url", "imdb_title_id");
        m.add("title", "series_title", "movie_title", "film_title", "primary_title", "movie", "film", "name");
        m.add("originalTitle", "original_title");
        m.add("year", "released_year", "release_year", "title_year", "start_year");
        m.add("releaseDate", "release_date", "released", "date_published");
        m.add("releaseCountry");
        m.add("genres", "genre", "major_genre");
        m.add("directors", "director", "director_name", "directed_by");
        m.add("writers", "writer");
        List<String> cast = new ArrayList<>(List.of("actors", "stars", "starring"));
        for (int i = 1; i <= 6; i++) {
            cast.add("star" + i);
        }
        for (int i = 1; i <= 6; i++) {
            cast.add("actor_" + i + "_name");
        }
        m.add("cast", cast.toArray(String[]::new));
        m.add("rating", "imdb_rating", "imdb_score", "vote_average", "average_rating", "score");
        m.add("votes", "no_of_votes", "num_voted_users", "vote_count", "imdb_votes", "num_votes");
        m.add("runtimeMinutes", "runtime", "duration", "running_time", "running_time_min");
        m.add("languages", "language");
        m.add("countries", "country", "production_countries");
        m.add("plot", "overview", "description", "synopsis", "storyline", "summary");
        m.add("keywords", "plot_keywords", "tags");
        m.add("awards");
        m.add("related");
        return m.done();
    }

    private static Map<String, List<String>> person() {
        var m = new Fields();
        m.add("id");
        m.add("imdbId", "nconst", "imdb_id", "imdb_name_id");
        m.add("name", "primary_name", "full_name", "person");
        m.add("professions", "profession", "primary_profession");
        m.add("birthYear", "born");
        m.add("deathYear", "died");
        m.add("films");
        return m.done();
    }

    private static Map<String, List<String>> review() {
        var m = new Fields();
        m.add("id");
        filmLink(m);
        m.add("headline", "summary", "review_title", "review_summary");
        m.add("author", "user", "username", "reviewer", "critic");
        m.add("authorLocation", "location");
        m.add("date", "review_date");
        m.add("rating", "score", "stars");
        m.add("helpful");
        m.add("helpfulVotes");
        m.add("helpfulTotal");
        m.add("body", "text", "review", "content", "review_text");
        m.add("language", "lang");
        return m.done();
    }

    private static Map<String, List<String>> quote() {
        var m = new Fields();
        m.add("id");
        filmLink(m);
        m.add("speaker", "character");
        m.add("text", "quote", "line");
        m.add("language", "lang");
        return m.done();
    }

    private static void filmLink(Fields m) {
        m.add("filmId", "imdb_title_id", "imdb_id", "tconst", "movie_imdb_link");
        m.add("filmTitle", "movie_title", "film", "movie");
        m.add("filmYear", "year", "movie_year");
    }

    /** Collects one type's fields in order. */
    private static final class Fields {
        private final Map<String, List<String>> byField = new LinkedHashMap<>();

        void add(String field, String... others) {
            List<String> names = new ArrayList<>();
            names.add(field);
            names.addAll(List.of(others));
            byField.put(field, names.stream().map(Row::key).toList());
        }

        Map<String, List<String>> done() {
            return Collections.unmodifiableMap(byField);
        }
    }
}
