package dev.filmsearch.server.search;

import dev.filmsearch.model.EpisodeOf;
import java.util.List;
import java.util.Map;

/**
 * One search result. {@code title} is a film's title, a person's name, a review's headline or a quote's film
 * title; {@code highlights} maps a field name to HTML fragments where matches are wrapped in {@code <mark>} and
 * all other text is escaped; {@code film} is set for reviews and quotes. For films, {@code titleType} is the
 * title type ("movie" for films of sources without one) and {@code episodeOf} names an episode's series, season
 * and number.
 */
public record Hit(String type, String id, String title, Integer year, Double rating, Long votes,
                  List<String> directors, List<String> genres, float score, Map<String, List<String>> highlights,
                  FilmRef film, String titleType, EpisodeOf episodeOf) {
    /** A hit that is not a film. */
    public Hit(String type, String id, String title, Integer year, Double rating, Long votes, List<String> directors,
               List<String> genres, float score, Map<String, List<String>> highlights, FilmRef film) {
        this(type, id, title, year, rating, votes, directors, genres, score, highlights, film, null, null);
    }
}
