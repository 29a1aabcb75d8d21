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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How people are derived from credits and merged with people records. One person per IMDb {@code nm} id; a credit
 * or people record known only by name takes the {@code nm} id of a person with the same folded name who shares a
 * film with it: first one credited on (or, by a people record, known for) the credit's own film
 * ({@link CatalogStore.Table#NAME_FILMS}), else the first such id any record of that folded name shares a film with
 * ({@link CatalogStore.Table#NAME_LINKS}); without a shared film it stays a person of its own, by folded name (its
 * name's slug), even when an IMDb person has that name. A person's entries — their people records in reading order,
 * then their credits in film id order — fold into one {@link Person}: the first entry's name, the first birth and
 * death years, professions unioned, and each film once per role (the first entry's, with the character for acting
 * roles).
 */
final class PeopleRules {
    private final CatalogStore store;
    private CatalogStore.Seeker links;
    private long linked;

    PeopleRules(CatalogStore store) {
        this.store = store;
    }

    /** The film with every credit's person id made canonical. */
    Film canonicalCredits(Film film) {
        return film.toBuilder()
                .clearCredits()
                .directors(film.directors().stream().map(c -> canonical(c, film.id())).toList())
                .writers(film.writers().stream().map(c -> canonical(c, film.id())).toList())
                .cast(film.cast().stream()
                        .map(c -> new CastMember(canonicalId(c.personId(), c.name(), film.id()), c.name(),
                                c.character()))
                        .toList())
                .build();
    }

    private Credit canonical(Credit c, String filmId) {
        return new Credit(canonicalId(c.personId(), c.name(), filmId), c.name());
    }

    /** The person id of a credit on a film (null: a people record, whose films were linked already). */
    String canonicalId(String id, String name, String filmId) {
        if (isImdb(id)) {
            return id;
        }
        String folded = Text.fold(name);
        byte[] nm = filmId == null ? null : store.get(CatalogStore.Table.NAME_FILMS, nameFilm(folded, filmId));
        if (nm == null) {
            if (links == null) {
                links = store.seeker(CatalogStore.Table.NAME_LINKS);
            }
            CatalogStore.Cursor link = links.seek(StoreKeys.groupPrefix(folded));
            nm = link.next() ? link.value() : null;
        }
        if (nm == null) {
            return Ids.personId(null, name);
        }
        linked++;
        return new String(nm, StandardCharsets.UTF_8);
    }

    /** Directors, writers and cast as credits (id and name). */
    static List<Credit> credits(Film f) {
        List<Credit> out = new ArrayList<>(f.directors());
        out.addAll(f.writers());
        for (CastMember c : f.cast()) {
            out.add(new Credit(c.personId(), c.name()));
        }
        return out;
    }

    /** Credits and people records known by name only that were given an IMDb id so far. */
    long linked() {
        return linked;
    }

    /** The key of {@link CatalogStore.Table#NAME_FILMS}: folded name, 0, film id. */
    static byte[] nameFilm(String foldedName, String filmId) {
        return StoreKeys.text(foldedName + "\u0000" + filmId);
    }

    static boolean isImdb(String personId) {
        return personId != null && personId.equals(Ids.imdbNameId(personId));
    }

    static boolean isImdb(Person p) {
        return isImdb(p.id());
    }

    void close() {
        if (links != null) {
            links.close();
        }
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

        /**
         * Gives a title to each film a people record named by id only (IMDb's knownForTitles outside an excerpt of
         * the dumps): the catalogue's film of that id ({@code lookup}, null when there is none) in its place, unless
         * the filmography lists that film already; an entry without a catalogue film is dropped.
         */
        void titleFilms(Function<String, PersonEntry.Found> lookup) {
            if (films.values().stream().allMatch(f -> f.title() != null)) {
                return;
            }
            Set<String> listed = new HashSet<>();
            for (PersonFilm f : films.values()) {
                if (f.title() != null) {
                    listed.add(f.filmId());
                }
            }
            Map<String, PersonFilm> titled = new LinkedHashMap<>();
            for (Map.Entry<String, PersonFilm> e : films.entrySet()) {
                PersonFilm f = e.getValue();
                if (f.title() != null) {
                    titled.put(e.getKey(), f);
                    continue;
                }
                fromRecords.remove(e.getKey());
                PersonEntry.Found film = lookup.apply(f.filmId());
                if (film != null && listed.add(film.id())) {
                    String key = film.id() + "|" + f.role();
                    titled.put(key, new PersonFilm(film.id(), film.title(), film.year(), f.role(), f.character()));
                    fromRecords.add(key);
                }
            }
            films.clear();
            films.putAll(titled);
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
