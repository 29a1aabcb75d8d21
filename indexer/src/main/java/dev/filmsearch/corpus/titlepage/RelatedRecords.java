package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.RelatedFilm;
import dev.filmsearch.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records a page's related films ("People who liked this also liked...") give besides the page's own film:
 * <ul>
 *   <li>a related film with a title becomes a {@link Film}: its id, title, year, rating, genres and plot as the
 *       entry gives them, its "Director:" names as directors and its "Stars:" names as cast without characters;
 *       its people are then derived from those credits, like any film's;</li>
 *   <li>a person named in a related film without a title (the page shows only a picture for it, so there is no
 *       film to credit them on) becomes a {@link Person}, once per folded name, in page order: professions
 *       "director" and/or "actor" as the labels say, and one filmography entry per label linking them to the
 *       page's film with the role {@value #DIRECTOR_ROLE} or {@value #STAR_ROLE}.</li>
 * </ul>
 * Pure: the same page gives the same records.
 */
final class RelatedRecords {
    /** The role linking a director of an untitled related film to the page's film. */
    static final String DIRECTOR_ROLE = "director of a related film";
    /** The role linking a star of an untitled related film to the page's film. */
    static final String STAR_ROLE = "star of a related film";

    private RelatedRecords() {
    }

    /** The films, then the people, that the related films of the page about {@code page} give. */
    static List<CatalogRecord> of(FilmLink page, List<RelatedFilm> related) {
        List<CatalogRecord> films = new ArrayList<>();
        Map<String, Draft> people = new LinkedHashMap<>();
        for (RelatedFilm r : related) {
            if (r.title() != null) {
                films.add(film(r));
                continue;
            }
            for (String name : r.directors()) {
                people.computeIfAbsent(Text.fold(name), k -> new Draft(name)).roles.add(DIRECTOR_ROLE);
            }
            for (String name : r.stars()) {
                people.computeIfAbsent(Text.fold(name), k -> new Draft(name)).roles.add(STAR_ROLE);
            }
        }
        List<CatalogRecord> out = new ArrayList<>(films);
        people.values().forEach(d -> out.add(d.person(page)));
        return out;
    }

    private static Film film(RelatedFilm r) {
        Film.Builder film = Film.builder(r.title()).id(r.id()).year(r.year()).rating(r.rating()).genres(r.genres())
                .plot(r.plot()).directors(r.directors().stream().map(Credit::named).toList());
        r.stars().forEach(name -> film.castMember(name, null));
        return film.build();
    }

    /** A person of untitled related films while the page is read: their name as first written, their roles. */
    private static final class Draft {
        final String name;
        final Set<String> roles = new LinkedHashSet<>();

        Draft(String name) {
            this.name = name;
        }

        Person person(FilmLink page) {
            List<String> professions = new ArrayList<>();
            List<PersonFilm> films = new ArrayList<>();
            for (String role : roles) {
                professions.add(role.equals(DIRECTOR_ROLE) ? "director" : "actor");
                films.add(new PersonFilm(page.id(), page.title(), page.year(), role, null));
            }
            return new Person(Ids.personId(null, name), name, professions, null, null, films);
        }
    }
}
