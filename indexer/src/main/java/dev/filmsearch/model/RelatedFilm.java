package dev.filmsearch.model;

import java.util.List;

/**
 * A film recommended beside another ("people who liked this also liked"). Title and id are null when the
 * source only shows a picture for it; the other facts are still kept.
 */
public record RelatedFilm(String id, String title, Integer year, Double rating, List<String> genres, String plot,
                          List<String> directors, List<String> stars) {
    public RelatedFilm {
        genres = List.copyOf(genres);
        directors = List.copyOf(directors);
        stars = List.copyOf(stars);
    }
}
