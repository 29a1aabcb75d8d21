package dev.filmsearch.index;

import dev.filmsearch.catalog.FilmFame;
import dev.filmsearch.model.PersonFilm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The films a person is best known for, as positions in their filmography ({@code Person.films()}): the credits
 * ranked by their film's votes times the credit's weight ({@link FilmFame}), highest first; credits on films
 * without votes after them, in filmography order; each film once (its best credit), at most {@link #COUNT}. Pure.
 */
final class BestKnownFilms {
    /** How many films a person hit names. */
    static final int COUNT = 3;

    private BestKnownFilms() {
    }

    /** @param fame the fame of each film of {@code films}, in its order (shorter, or null entries, for no votes) */
    static List<Integer> positions(List<PersonFilm> films, List<FilmFame> fame) {
        Comparator<Integer> byFame = Comparator.comparingDouble((Integer i) -> -fameOf(fame, i));
        List<Integer> ranked = IntStream.range(0, films.size()).boxed().sorted(byFame).toList();
        Set<String> seen = new HashSet<>();
        List<Integer> out = new ArrayList<>(COUNT);
        for (int i : ranked) {
            if (out.size() < COUNT && seen.add(films.get(i).filmId())) {
                out.add(i);
            }
        }
        return out;
    }

    /** Votes × weight, or -1 for a film without votes (after every film with some). */
    private static double fameOf(List<FilmFame> fame, int i) {
        FilmFame f = i < fame.size() ? fame.get(i) : null;
        return f == null ? -1 : f.votes() * f.weight();
    }
}
