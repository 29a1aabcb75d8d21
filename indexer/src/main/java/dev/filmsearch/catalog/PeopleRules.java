package dev.filmsearch.catalog;

import dev.filmsearch.catalog.store.CatalogStore;
import dev.filmsearch.catalog.store.StoreKeys;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How people are derived from credits and merged with people records. One person per IMDb {@code nm} id, else
 * per folded name; a credit known only by name is given the {@code nm} id of the first person record with that
 * name ({@link CatalogStore.Table#NAMES}). A person's entries — their people records in reading order, then their
 * credits in film id order — fold into one {@link Person}: the first entry's name, the first birth and death
 * years, professions unioned, and each film once per role (the first entry's, with the character for acting roles).
 */
final class PeopleRules {
    private final CatalogStore store;

    PeopleRules(CatalogStore store) {
        this.store = store;
    }

    /** The film with every credit's person id made canonical. */
    Film canonicalCredits(Film film) {
        return film.toBuilder()
                .clearCredits()
                .directors(film.directors().stream().map(this::canonical).toList())
                .writers(film.writers().stream().map(this::canonical).toList())
                .cast(film.cast().stream()
                        .map(c -> new CastMember(canonicalId(c.personId(), c.name()), c.name(), c.character()))
                        .toList())
                .build();
    }

    private Credit canonical(Credit c) {
        return new Credit(canonicalId(c.personId(), c.name()), c.name());
    }

    String canonicalId(String id, String name) {
        if (id != null && id.equals(Ids.imdbNameId(id))) {
            return id;
        }
        byte[] nm = store.get(CatalogStore.Table.NAMES, StoreKeys.text(Text.fold(name)));
        return nm != null ? new String(nm, StandardCharsets.UTF_8) : Ids.personId(null, name);
    }

    static boolean isImdb(Person p) {
        return p.id().equals(Ids.imdbNameId(p.id()));
    }

    /** One person being folded from their entries. */
    static final class Draft {
        private final String id;
        private final String name;
        private Integer birthYear;
        private Integer deathYear;
        private final Set<String> professions = new LinkedHashSet<>();
        private final Map<String, PersonFilm> films = new LinkedHashMap<>();
        private final Map<String, FilmFame> fame = new LinkedHashMap<>();
        private final Set<String> fromRecords = new LinkedHashSet<>();

        Draft(String id, String name) {
            this.id = id;
            this.name = name;
        }

        String id() {
            return id;
        }

        void addRecord(Person p) {
            birthYear = birthYear != null ? birthYear : p.birthYear();
            deathYear = deathYear != null ? deathYear : p.deathYear();
            professions.addAll(p.professions());
            for (PersonFilm f : p.films()) {
                if (films.putIfAbsent(f.filmId() + "|" + f.role(), f) == null) {
                    fromRecords.add(f.filmId() + "|" + f.role());
                }
            }
        }

        /** A credit on a film, with that film's fame for this credit (null when the film has no votes). */
        void addCredit(PersonFilm film, FilmFame filmFame) {
            professions.add(film.role());
            String key = film.filmId() + "|" + film.role();
            films.putIfAbsent(key, film);
            if (filmFame != null) {
                fame.putIfAbsent(key, filmFame);
            }
            fromRecords.remove(key);
        }

        /** Films from people records that no credit of the catalogue matched: their fame is looked up. */
        List<PersonFilm> unmatched() {
            return fromRecords.stream().map(films::get).toList();
        }

        void fame(PersonFilm film, FilmFame filmFame) {
            if (filmFame != null) {
                fame.put(film.filmId() + "|" + film.role(), filmFame);
            }
        }

        Person person() {
            return new Person(id, name, List.copyOf(professions), birthYear, deathYear, new ArrayList<>(films.values()));
        }

        /** The fame of each film of {@link #person()}'s filmography, in its order. */
        List<FilmFame> filmography() {
            List<FilmFame> out = new ArrayList<>(films.size());
            for (String key : films.keySet()) {
                out.add(fame.get(key));
            }
            return out;
        }
    }
}
