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
 * {@code evidence} is set on a film hit when the words matched the text of one of the film's reviews or quotes
 * (the best-matching one); {@code folded}, on a review or quote hit, counts the other reviews and quotes of the
 * same film that matched but are not hits (at most one review or quote per film is a hit, {@link FilmCap}).
 */
public record Hit(String type, String id, String title, Integer year, Double rating, Long votes,
                  List<String> directors, List<String> genres, float score, Map<String, List<String>> highlights,
                  FilmRef film, String titleType, EpisodeOf episodeOf, String speaker, List<String> roles,
                  List<KnownFilm> knownFor, Evidence evidence, int folded) {
    public Hit {
        roles = List.copyOf(roles);
        knownFor = List.copyOf(knownFor);
    }

    /** A hit without evidence, nothing folded. */
    public Hit(String type, String id, String title, Integer year, Double rating, Long votes,
               List<String> directors, List<String> genres, float score, Map<String, List<String>> highlights,
               FilmRef film, String titleType, EpisodeOf episodeOf, String speaker, List<String> roles,
               List<KnownFilm> knownFor) {
        this(type, id, title, year, rating, votes, directors, genres, score, highlights, film, titleType, episodeOf,
                speaker, roles, knownFor, null, 0);
    }

    /** This hit with its evidence. */
    public Hit withEvidence(Evidence evidence) {
        return new Hit(type, id, title, year, rating, votes, directors, genres, score, highlights, film, titleType,
                episodeOf, speaker, roles, knownFor, evidence, folded);
    }

    /** This hit with the number of its film's reviews and quotes folded into it. */
    public Hit withFolded(int folded) {
        return new Hit(type, id, title, year, rating, votes, directors, genres, score, highlights, film, titleType,
                episodeOf, speaker, roles, knownFor, evidence, folded);
    }
}
