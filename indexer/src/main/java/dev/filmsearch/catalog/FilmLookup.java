package dev.filmsearch.catalog;

import dev.filmsearch.model.Film;
import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the film a review or quote is about: by id (an IMDb id or a title-year slug), else by normalised title
 * (the title or original title) and year; without a year, or when no film has that year, the best-known film of
 * that title (most votes) is taken.
 */
final class FilmLookup {
    private final Map<String, Film> byId = new HashMap<>();
    private final Map<String, List<Film>> byTitle = new HashMap<>();

    FilmLookup(List<Film> films) {
        for (Film f : films) {
            byId.put(f.id(), f);
            byId.putIfAbsent(Ids.filmId(null, f.title(), f.year()), f);
            byTitle.computeIfAbsent(Text.titleKey(f.title()), k -> new ArrayList<>()).add(f);
            if (f.originalTitle() != null && !Text.titleKey(f.originalTitle()).equals(Text.titleKey(f.title()))) {
                byTitle.computeIfAbsent(Text.titleKey(f.originalTitle()), k -> new ArrayList<>()).add(f);
            }
        }
    }

    Film find(String id, String title, Integer year) {
        if (id != null && byId.containsKey(id)) {
            return byId.get(id);
        }
        if (title == null) {
            return null;
        }
        List<Film> candidates = byTitle.getOrDefault(Text.titleKey(title), List.of());
        Film best = null;
        for (Film f : candidates) {
            if (year != null && year.equals(f.year())) {
                return f;
            }
            if (best == null || votes(f) > votes(best)) {
                best = f;
            }
        }
        return best;
    }

    private static long votes(Film f) {
        return f.votes() == null ? -1 : f.votes();
    }
}
