package dev.filmsearch.server.records;

import dev.filmsearch.model.Film;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Review;
import java.util.List;

/**
 * A film with everything the catalogue knows about it: the film record (credits, cast, aliases, related films; an
 * episode's series in {@code film.episodeOf}), its Spanish title ({@link Film#spanishTitle()}, null when none), a
 * series' episodes by season (null when it has none), the films people who liked it also liked (computed from the
 * index when the corpus gives no related films, else empty), its most helpful reviews and its quotes.
 */
public record FilmPage(Film film, String spanishTitle, Episodes episodes, List<AlsoLikedFilm> alsoLiked,
                       Listing<Review> reviews, Listing<Quote> quotes) {
    public FilmPage {
        alsoLiked = List.copyOf(alsoLiked);
    }

    /**
     * A film "people who liked this also liked" ({@link AlsoLiked}): its id, title, year, rating and directors, and
     * what it shares with the page's film: directors, cast members and genres (all three empty when it is alike in
     * its plot's words only).
     */
    public record AlsoLikedFilm(String id, String title, Integer year, Double rating, List<String> directors,
                                List<String> sharedDirectors, List<String> sharedCast, List<String> sharedGenres) {
        public AlsoLikedFilm {
            directors = List.copyOf(directors);
            sharedDirectors = List.copyOf(sharedDirectors);
            sharedCast = List.copyOf(sharedCast);
            sharedGenres = List.copyOf(sharedGenres);
        }
    }

    /**
     * A series' episodes: how many the catalogue has, and the first {@link RecordService#EPISODES_ON_PAGE} by
     * season and number, grouped by season (episodes without a season last, as season null).
     */
    public record Episodes(int total, List<Season> seasons) {
    }

    /** One season: its number (null: unknown) and its listed episodes in order. */
    public record Season(Integer number, List<Episode> episodes) {
    }

    /** An episode as a series page lists it. */
    public record Episode(String id, String title, Integer season, Integer episode, Integer year, Double rating) {
    }
}
