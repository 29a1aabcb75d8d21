package dev.filmsearch.catalog;

/**
 * One film of a person's filmography as the person's ranking sees it: the film's votes and rating, and the share
 * of its fame the person's credit gives ({@link FilmSummary#creditWeight}).
 */
public record FilmFame(long votes, Double rating, double weight) {
    /** The fame of a credit on a film, or null when the film has no votes. */
    static FilmFame of(FilmSummary film, String personId, String role) {
        return film == null || film.votes() == null ? null
                : new FilmFame(film.votes(), film.rating(), film.creditWeight(personId, role));
    }
}
