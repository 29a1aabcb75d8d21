package dev.filmsearch.model;

import java.time.LocalDate;

/**
 * A user or critic review of a film. {@code filmId} is the film's id when the source gives one, else null and
 * the film is found by {@code filmTitle} (+ {@code filmYear}). {@code rating} is on the 0–10 scale whatever the
 * source scale was. {@code helpfulVotes} of {@code helpfulTotal} people found it helpful ("16 of 19").
 * {@code language} is null when the source does not say; the catalogue detects it then.
 */
public record Review(String id, String filmId, String filmTitle, Integer filmYear, String headline, String author,
                     String authorLocation, LocalDate date, Double rating, Integer helpfulVotes,
                     Integer helpfulTotal, String body, Language language) implements CatalogRecord {
    public Review {
        Text.require(id, "review id");
        Text.require(body, "review body");
        if (filmId == null && filmTitle == null) {
            throw new IllegalArgumentException("a review needs a film id or a film title");
        }
    }

    @Override
    public RecordType type() {
        return RecordType.REVIEW;
    }

    public Review withFilm(String newFilmId, String newFilmTitle, Integer newFilmYear) {
        return new Review(id, newFilmId, newFilmTitle, newFilmYear, headline, author, authorLocation, date, rating,
                helpfulVotes, helpfulTotal, body, language);
    }

    public Review withLanguage(Language newLanguage) {
        return new Review(id, filmId, filmTitle, filmYear, headline, author, authorLocation, date, rating,
                helpfulVotes, helpfulTotal, body, newLanguage);
    }
}
