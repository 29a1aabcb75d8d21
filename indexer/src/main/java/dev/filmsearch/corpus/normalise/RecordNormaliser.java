package dev.filmsearch.corpus.normalise;

import dev.filmsearch.corpus.text.Mojibake;
import dev.filmsearch.model.Alias;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.EpisodeOf;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RelatedFilm;
import dev.filmsearch.model.Review;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one normalisation step every record passes between the readers and the catalogue: the mojibake of every
 * text field repaired ({@link Mojibake}), genres mapped to the vocabulary ({@link GenreVocabulary}), countries and
 * languages to their standard names ({@link StandardNames}), each value once. A value no table knows is kept as
 * it is and counted. An id the reader derived from a repaired title or name (a slug: "la-mala-educaciun-2004")
 * is derived again from the repaired text; every other id is kept. Pure but for the tally it counts into.
 */
public final class RecordNormaliser {
    public static final String GENRE = "genre";
    public static final String COUNTRY = "country";
    public static final String LANGUAGE = "language";

    private final Vocabularies tables;

    public RecordNormaliser(Vocabularies tables) {
        this.tables = tables;
    }

    /** The normaliser with the shipped tables. */
    public static RecordNormaliser standard() {
        return new RecordNormaliser(Vocabularies.standard());
    }

    public CatalogRecord normalise(CatalogRecord record, NormalisationTally tally) {
        Step step = new Step(tally);
        return switch (record) {
            case Film f -> step.film(f);
            case Person p -> step.person(p);
            case Review r -> step.review(r);
            case Quote q -> step.quote(q);
        };
    }

    /** One record's normalisation, counting into the build's tally. */
    private final class Step {
        private final NormalisationTally tally;

        Step(NormalisationTally tally) {
            this.tally = tally;
        }

        Film film(Film f) {
            String title = text(f.title(), "film title");
            List<String> genres = values(f.genres(), tables.genres(), GENRE);
            return new Film(filmId(f.id(), f.title(), title, f.year()), title,
                    text(f.originalTitle(), "film original title"), f.year(), f.releaseDate(),
                    value(f.releaseCountry(), tables.countries(), COUNTRY), genres, credits(f.directors()),
                    credits(f.writers()), cast(f.cast()), f.rating(), f.votes(), f.runtimeMinutes(),
                    values(f.languages(), tables.languages(), LANGUAGE),
                    values(f.countries(), tables.countries(), COUNTRY), text(f.plot(), "film plot"),
                    texts(f.keywords(), "film keyword"), text(f.awards(), "film awards"), related(f.related()),
                    f.titleType(), aliases(f.aliases()), episodeOf(f.episodeOf()));
        }

        Person person(Person p) {
            String name = text(p.name(), "person name");
            List<PersonFilm> films = new ArrayList<>(p.films().size());
            for (PersonFilm pf : p.films()) {
                String title = text(pf.title(), "person film title");
                films.add(new PersonFilm(filmId(pf.filmId(), pf.title(), title, pf.year()), title, pf.year(),
                        pf.role(), text(pf.character(), "character")));
            }
            return new Person(personId(p.id(), p.name(), name), name, p.professions(), p.birthYear(),
                    p.deathYear(), films);
        }

        Review review(Review r) {
            String filmTitle = text(r.filmTitle(), "review film title");
            return new Review(r.id(), filmId(r.filmId(), r.filmTitle(), filmTitle, r.filmYear()), filmTitle,
                    r.filmYear(), text(r.headline(), "review headline"), text(r.author(), "review author"),
                    text(r.authorLocation(), "review author location"), r.date(), r.rating(), r.helpfulVotes(),
                    r.helpfulTotal(), text(r.body(), "review body"), r.language());
        }

        Quote quote(Quote q) {
            String filmTitle = text(q.filmTitle(), "quote film title");
            return new Quote(q.id(), filmId(q.filmId(), q.filmTitle(), filmTitle, q.filmYear()), filmTitle,
                    q.filmYear(), text(q.speaker(), "character"), text(q.text(), "quote text"), q.language());
        }

        private List<Credit> credits(List<Credit> credits) {
            List<Credit> out = new ArrayList<>(credits.size());
            for (Credit c : credits) {
                String name = text(c.name(), "person name");
                out.add(new Credit(personId(c.personId(), c.name(), name), name));
            }
            return out;
        }

        private List<CastMember> cast(List<CastMember> cast) {
            List<CastMember> out = new ArrayList<>(cast.size());
            for (CastMember c : cast) {
                String name = text(c.name(), "person name");
                out.add(new CastMember(personId(c.personId(), c.name(), name), name,
                        text(c.character(), "character")));
            }
            return out;
        }

        private List<RelatedFilm> related(List<RelatedFilm> related) {
            List<RelatedFilm> out = new ArrayList<>(related.size());
            for (RelatedFilm r : related) {
                String title = text(r.title(), "film title");
                String id = r.id() == null || r.title() == null ? r.id() : filmId(r.id(), r.title(), title, r.year());
                out.add(new RelatedFilm(id, title, r.year(), r.rating(), values(r.genres(), tables.genres(), GENRE),
                        text(r.plot(), "film plot"), texts(r.directors(), "person name"),
                        texts(r.stars(), "person name")));
            }
            return out;
        }

        private List<Alias> aliases(List<Alias> aliases) {
            List<Alias> out = new ArrayList<>(aliases.size());
            for (Alias a : aliases) {
                out.add(new Alias(text(a.title(), "film alias"), a.region(), a.language(), a.types(),
                        a.attributes()));
            }
            return out;
        }

        private EpisodeOf episodeOf(EpisodeOf e) {
            return e == null ? null
                    : new EpisodeOf(e.seriesId(), text(e.seriesTitle(), "film title"), e.season(), e.episode());
        }

        /** The values' standard names in first-seen order, each once (by {@link NameTable#key}). */
        private List<String> values(List<String> values, NameTable table, String field) {
            if (values.isEmpty()) {
                return values;
            }
            Map<String, String> byKey = new LinkedHashMap<>();
            for (String raw : values) {
                String value = text(raw, field);
                Optional<List<String>> names = table.resolve(value);
                if (names.isPresent()) {
                    tally.mapped(field);
                    names.get().forEach(n -> byKey.putIfAbsent(dedupeKey(n), n));
                } else {
                    tally.unknown(field, value);
                    byKey.putIfAbsent(dedupeKey(value), value);
                }
            }
            return List.copyOf(byKey.values());
        }

        /** One value's standard name: the first of its names ("Thriller/Suspense" has one), or itself. */
        private String value(String raw, NameTable table, String field) {
            if (raw == null) {
                return null;
            }
            List<String> names = values(List.of(raw), table, field);
            return names.size() == 1 ? names.getFirst() : text(raw, field);
        }

        private List<String> texts(List<String> texts, String field) {
            List<String> out = new ArrayList<>(texts.size());
            texts.forEach(t -> out.add(text(t, field)));
            return out;
        }

        private String text(String text, String field) {
            String repaired = Mojibake.repair(text);
            if (repaired != null && !repaired.equals(text)) {
                tally.repaired(field);
            }
            return repaired;
        }
    }

    /** Values are the same when their keys are; a value without letters or digits of the Latin script only when equal. */
    private static String dedupeKey(String value) {
        String key = NameTable.key(value);
        return key.isEmpty() ? "=" + value : key;
    }

    /** The film id again from the repaired title when the reader had derived it from the damaged one. */
    private static String filmId(String id, String before, String after, Integer year) {
        if (id == null || before == null || before.equals(after) || !id.equals(Ids.filmId(null, before, year))) {
            return id;
        }
        return Ids.filmId(null, after, year);
    }

    /** The person id again from the repaired name when the reader had derived it from the damaged one. */
    private static String personId(String id, String before, String after) {
        if (id == null || before.equals(after) || !id.equals(Ids.personId(null, before))) {
            return id;
        }
        return Ids.personId(null, after);
    }
}
