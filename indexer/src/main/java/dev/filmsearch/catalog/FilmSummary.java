package dev.filmsearch.catalog;

import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import java.util.List;

/**
 * What other records' documents need of a film: its reviews and quotes carry its directors, genres, languages,
 * year, rating and votes as facets; its people take their fame from its votes, rating and where they stand in its cast.
 */
public record FilmSummary(String id, String title, Integer year, List<String> directors, List<String> genres,
                          List<String> languages, Double rating, Long votes, List<String> castIds) {
    public FilmSummary {
        directors = List.copyOf(directors);
        genres = List.copyOf(genres);
        languages = List.copyOf(languages);
        castIds = List.copyOf(castIds);
    }

    public static FilmSummary of(Film f) {
        return new FilmSummary(f.id(), f.title(), f.year(), f.directors().stream().map(Credit::name).toList(),
                f.genres(), f.languages(), f.rating(), f.votes(),
                f.cast().stream().map(CastMember::personId).toList());
    }

    /**
     * How much of the film's fame a credit on it gives: all of it to its directors and its first four billed
     * actors, less further down the cast (4 / (position + 1)), half to writers and other roles.
     */
    public double creditWeight(String personId, String role) {
        if ("director".equals(role)) {
            return 1.0;
        }
        if ("actor".equals(role)) {
            for (int i = 0; i < castIds.size(); i++) {
                if (personId.equals(castIds.get(i))) {
                    return Math.min(1.0, 4.0 / (i + 1));
                }
            }
        }
        return 0.5;
    }
}
