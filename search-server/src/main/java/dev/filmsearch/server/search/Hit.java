package dev.filmsearch.server.search;

import dev.filmsearch.model.EpisodeOf;
import java.util.List;
import java.util.Map;

/**
 * One search result. {@code title} is a film's title, a person's name, a review's headline (else the start of
 * its text) or a quote's text; {@code highlights} maps a field name to HTML fragments where matches are wrapped
 * in {@code <mark>} and all other text is escaped; {@code film} is set for reviews and quotes, and {@code speaker}
 * for quotes that name one. For films, {@code titleType} is the title type ("movie" for films of sources without
 * one) and {@code episodeOf} names an episode's series, season and number. For people, {@code roles} are their
 * main roles and {@code knownFor} the films they are best known for; both are empty for other records.
 */
public record Hit(String type, String id, String title, Integer year, Double rating, Long votes,
                  List<String> directors, List<String> genres, float score, Map<String, List<String>> highlights,
                  FilmRef film, String titleType, EpisodeOf episodeOf, String speaker, List<String> roles,
                  List<KnownFilm> knownFor) {
    public Hit {
        roles = List.copyOf(roles);
        knownFor = List.copyOf(knownFor);
    }
}
