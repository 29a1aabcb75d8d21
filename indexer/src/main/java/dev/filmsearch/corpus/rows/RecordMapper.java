package dev.filmsearch.corpus.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.RelatedFilm;
import dev.filmsearch.model.Review;
import java.util.Objects;

/** Builds a Film, Person, Review or Quote from a {@link MappedRow}; a row that cannot make one is {@link Rejected}. */
final class RecordMapper {

    /** A row that makes no record; {@code reason} is the problem's reason. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    private final Mapping mapping;
    private final ObjectMapper json;

    RecordMapper(Mapping mapping, ObjectMapper json) {
        this.mapping = mapping;
        this.json = json;
    }

    CatalogRecord map(RecordType type, MappedRow r) throws Rejected {
        return switch (type) {
            case FILM -> film(r);
            case PERSON -> person(r);
            case REVIEW -> review(r);
            case QUOTE -> quote(r);
        };
    }

    private Film film(MappedRow r) throws Rejected {
        String title = required(r.text("title"), "missing title");
        MappedRow.Released released = r.release("releaseDate");
        Integer year = r.year("year");
        if (year == null) {
            year = released.year();
        }
        String id = r.text("id");
        if (id == null) {
            id = Ids.filmId(r.imdbId("imdbId"), title, year);
        }
        String originalTitle = r.text("originalTitle");
        Double rating = r.rating("rating");
        Long votes = r.votes("votes");
        return Film.builder(title).id(id)
                .originalTitle(title.equals(originalTitle) ? null : originalTitle)
                .year(year)
                .releaseDate(released.date(), r.text("releaseCountry"))
                .genres(r.list("genres"))
                .directors(r.credits("directors"))
                .writers(r.credits("writers"))
                .cast(r.cast("cast"))
                // a rating that no one voted for is a placeholder (TMDB's 0.0), not a rating
                .rating(votes != null && votes == 0 ? null : rating)
                .votes(votes)
                .runtimeMinutes(r.minutes("runtimeMinutes"))
                .languages(r.list("languages"))
                .countries(r.list("countries"))
                .plot(r.prose("plot"))
                .keywords(r.list("keywords"))
                .awards(r.text("awards"))
                .related(r.objects("related", this::related))
                .build();
    }

    private Person person(MappedRow r) throws Rejected {
        String name = required(r.text("name"), "missing name");
        String id = r.text("id");
        if (id == null) {
            id = Ids.personId(r.imdbId("imdbId"), name);
        }
        return new Person(id, name, r.list("professions"), r.year("birthYear"), r.year("deathYear"),
                r.objects("films", RecordMapper::personFilm));
    }

    private Review review(MappedRow r) throws Rejected {
        String body = required(r.prose("body"), "missing body");
        FilmLink film = filmLink(r);
        String headline = r.text("headline");
        String author = r.text("author");
        String id = id(r, "r", film, author, headline, body);
        String authorLocation = r.text("authorLocation");
        var date = r.date("date");
        Double rating = r.rating("rating");
        int[] helpful = r.helpful("helpful");
        Integer helpfulVotes = helpful != null ? Integer.valueOf(helpful[0]) : r.count("helpfulVotes");
        Integer helpfulTotal = helpful != null ? Integer.valueOf(helpful[1]) : r.count("helpfulTotal");
        return new Review(id, film.id(), film.title(), film.year(), headline, author, authorLocation, date, rating,
                helpfulVotes, helpfulTotal, body, language(r));
    }

    private Quote quote(MappedRow r) throws Rejected {
        String text = required(r.prose("text"), "missing text");
        FilmLink film = filmLink(r);
        String speaker = r.text("speaker");
        String id = id(r, "q", film, speaker, null, text);
        return new Quote(id, film.id(), film.title(), film.year(), speaker, text, language(r));
    }

    private record FilmLink(String id, String title, Integer year) {
    }

    private static FilmLink filmLink(MappedRow r) throws Rejected {
        String filmId = r.filmRef("filmId");
        String filmTitle = r.text("filmTitle");
        if (filmId == null && filmTitle == null) {
            throw new Rejected("missing film id or title");
        }
        return new FilmLink(filmId, filmTitle, r.year("filmYear"));
    }

    /**
     * The record's own id if it has one; else "{prefix}-{idSource}-{value}" from the mapping's {@code idField};
     * else a digest of the film and the content, so the same review or quote always gets the same id.
     */
    private String id(MappedRow r, String prefix, FilmLink film, String who, String headline, String content) {
        String id = r.text("id");
        if (id != null) {
            return id;
        }
        String sourceId = mapping.idField() == null ? null : r.column(mapping.idField());
        return Ids.contentId(prefix, mapping.idSource(), sourceId, film.id(), film.title(),
                Objects.toString(film.year(), ""), who, headline, content);
    }

    private Language language(MappedRow r) {
        Language language = r.language("language");
        return language != null ? language : mapping.language();
    }

    private RelatedFilm related(JsonNode o) throws BadValue {
        var separators = mapping.listSeparators();
        return new RelatedFilm(Nested.text(o, "id"), Nested.text(o, "title"), Nested.year(o, "year"),
                Nested.number(o, "rating"), Nested.names(o, "genres", separators, json), Nested.text(o, "plot"),
                Nested.names(o, "directors", separators, json), Nested.names(o, "stars", separators, json));
    }

    private static PersonFilm personFilm(JsonNode o) throws BadValue {
        String title = Nested.text(o, "title");
        String filmId = Nested.text(o, "filmId");
        if (title == null && filmId == null) {
            throw new BadValue("a film needs a filmId or a title");
        }
        return new PersonFilm(filmId, title, Nested.year(o, "year"), Nested.text(o, "role"),
                Nested.text(o, "character"));
    }

    private static String required(String value, String reason) throws Rejected {
        if (value == null) {
            throw new Rejected(reason);
        }
        return value;
    }
}
