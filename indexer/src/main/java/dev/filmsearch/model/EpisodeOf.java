package dev.filmsearch.model;

/**
 * The series an episode belongs to: the series' id ({@code tt…}), its title when the catalogue has it, and the
 * episode's season and number within the season when known. IMDb's title.episode gives these.
 */
public record EpisodeOf(String seriesId, String seriesTitle, Integer season, Integer episode) {
    public EpisodeOf {
        Text.require(seriesId, "series id");
    }
}
