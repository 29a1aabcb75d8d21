package dev.filmsearch.catalog;

import static dev.filmsearch.catalog.Codecs.ENTRY;
import static dev.filmsearch.catalog.Codecs.FILM;
import static dev.filmsearch.catalog.Codecs.QUOTE;
import static dev.filmsearch.catalog.Codecs.REVIEW;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FINAL_FILMS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.NAMES;
import static dev.filmsearch.catalog.store.CatalogStore.Table.PERSON_ENTRIES;
import static dev.filmsearch.catalog.store.CatalogStore.Table.QUOTES;
import static dev.filmsearch.catalog.store.CatalogStore.Table.REVIEWS;

import dev.filmsearch.catalog.store.CatalogStore;
import dev.filmsearch.catalog.store.StoreKeys;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Review;
import dev.filmsearch.model.Text;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The finished catalogue, read in one pass from the store: films, then people, then reviews, then quotes, each in
 * id order, every record with what its document needs ({@link LinkedRecord}). People are folded from their
 * entries, duplicate review and quote ids are dropped (the first read wins), and reviews and quotes are attached
 * to their film as the pass reaches them: by id (an IMDb id or a title-year slug), else by normalised title (the
 * title or the original title) and year; without a year, or when no film has that year, the best-known film of
 * that title (most votes). Counts and attachment figures are known once a pass has ended. Closing deletes the
 * store.
 */
public final class CatalogContents implements Closeable {
    private final CatalogStore store;
    private final Map<RecordType, Integer> read;
    private final ResolutionCounts filmMerges;
    private final long linkedByName;
    private final long estimatedSize;
    private long sameImdbId;
    private long sameName;
    private long namesakesApart;
    private final Map<RecordType, Integer> passed = new EnumMap<>(RecordType.class);
    private int reviewsAttached;
    private int quotesAttached;

    CatalogContents(CatalogStore store, Map<RecordType, Integer> read, ResolutionCounts filmMerges,
                    long linkedByName, long estimatedSize) {
        this.linkedByName = linkedByName;
        this.store = store;
        this.read = Map.copyOf(read);
        this.filmMerges = filmMerges;
        this.estimatedSize = estimatedSize;
    }

    /** About how many records a pass gives (exact for films; people, reviews and quotes are estimated). */
    public long estimatedSize() {
        return estimatedSize;
    }

    /** Records indexed per type; known once a pass over each type has ended. */
    public synchronized Map<RecordType, Integer> counts() {
        if (passed.size() < RecordType.values().length) {
            throw new IllegalStateException("counts are known after a pass over the records");
        }
        return java.util.Collections.unmodifiableMap(new EnumMap<>(passed));
    }

    /** Records read per type, and reviews and quotes attached; known once a pass has ended. */
    public synchronized CatalogStats stats() {
        counts();
        Map<String, Long> merged = new java.util.LinkedHashMap<>();
        merged.put(PEOPLE_SAME_ID, sameImdbId);
        merged.put(PEOPLE_NAME_AND_FILM, linkedByName);
        merged.put(PEOPLE_NAME, sameName);
        ResolutionCounts people = new ResolutionCounts(merged, Map.of(PEOPLE_NAMESAKE, namesakesApart));
        return new CatalogStats(read, reviewsAttached, quotesAttached, filmMerges, people);
    }

    /** A new pass over every record, in index order: films, people, reviews, quotes. */
    public Cursor records() {
        return new Cursor(List.of(RecordType.values()));
    }

    /** A new pass over the records of one type, in id order; passes over different types may run at once. */
    public Cursor records(RecordType type) {
        return new Cursor(List.of(type));
    }

    /** People rules, as counted: entries (credits, people records) joined to an earlier entry of their person. */
    static final String PEOPLE_SAME_ID = "same nm id";
    static final String PEOPLE_NAME_AND_FILM = "folded name and a shared film";
    static final String PEOPLE_NAME = "folded name, no IMDb id";
    /** People known by name only whose folded name an IMDb person has, without a shared film. */
    static final String PEOPLE_NAMESAKE = "namesake of an IMDb person, no shared film";

    private synchronized void passEnded(RecordType type, int count, int attached, long[] folded) {
        passed.put(type, count);
        if (type == RecordType.PERSON) {
            sameImdbId = folded[0];
            sameName = folded[1];
            namesakesApart = folded[2];
        }
        if (type == RecordType.REVIEW) {
            reviewsAttached = attached;
        } else if (type == RecordType.QUOTE) {
            quotesAttached = attached;
        }
    }

    /** Every film (a whole pass; for tests and small catalogues). */
    public List<Film> films() {
        return collect(Film.class);
    }

    public List<Person> people() {
        return collect(Person.class);
    }

    public List<Review> reviews() {
        return collect(Review.class);
    }

    public List<Quote> quotes() {
        return collect(Quote.class);
    }

    private <T extends CatalogRecord> List<T> collect(Class<T> type) {
        List<T> out = new ArrayList<>();
        try (Cursor c = records()) {
            for (LinkedRecord r = c.next(); r != null; r = c.next()) {
                if (type.isInstance(r.record())) {
                    out.add(type.cast(r.record()));
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        store.close();
    }

    /** One pass over the records of some types, in order. Not thread-safe; one cursor per thread. */
    public final class Cursor implements Closeable {
        private final LanguageDetector languages = new LanguageDetector();
        private final FilmFinder finder = new FilmFinder(store);
        private final java.util.Iterator<RecordType> types;
        private RecordType phase;
        private CatalogStore.Cursor scan;
        private boolean positioned;
        private String lastId;
        private int seen;
        private int attached;
        /** People: entries joined into an nm person, into a name-only person; name-only namesakes of nm people. */
        private final long[] folded = new long[3];

        private Cursor(List<RecordType> types) {
            this.types = types.iterator();
            advancePhase();
        }

        /** The next record, or null at the end of the pass. */
        public LinkedRecord next() {
            while (phase != null) {
                LinkedRecord r = switch (phase) {
                    case FILM -> nextFilm();
                    case PERSON -> nextPerson();
                    case REVIEW -> nextReview();
                    case QUOTE -> nextQuote();
                };
                if (r != null) {
                    seen++;
                    return r;
                }
                passEnded(phase, seen, attached, folded);
                advancePhase();
            }
            return null;
        }

        private void advancePhase() {
            if (scan != null) {
                scan.close();
                scan = null;
            }
            lastId = null;
            positioned = false;
            seen = 0;
            attached = 0;
            java.util.Arrays.fill(folded, 0);
            phase = types.hasNext() ? types.next() : null;
            if (phase != null) {
                scan = store.scan(switch (phase) {
                    case FILM -> FINAL_FILMS;
                    case PERSON -> PERSON_ENTRIES;
                    case REVIEW -> REVIEWS;
                    case QUOTE -> QUOTES;
                });
            }
        }

        private LinkedRecord nextFilm() {
            return scan.next() ? LinkedRecord.alone(FILM.decode(scan.value())) : null;
        }

        private LinkedRecord nextPerson() {
            if (!positioned) {
                if (!scan.next()) {
                    return null;
                }
                positioned = true;
            }
            String id = StoreKeys.group(scan.key());
            PeopleRules.Draft draft = null;
            RecordFilms recordFilms = new RecordFilms(id);
            int entries = 0;
            while (positioned && StoreKeys.group(scan.key()).equals(id)) {
                switch (ENTRY.decode(scan.value())) {
                    case PersonEntry.FromRecord r -> {
                        draft = draft != null ? draft : new PeopleRules.Draft(id, r.person().name());
                        draft.addRecord(r.person());
                        entries++;
                    }
                    case PersonEntry.FromCredit c -> {
                        draft = draft != null ? draft : new PeopleRules.Draft(id, c.name());
                        draft.addCredit(c.film(), c.fame());
                        entries++;
                    }
                    case PersonEntry.RecordFilm f -> recordFilms.add(f);
                }
                positioned = scan.next();
            }
            draft.titleFilms(recordFilms::film);
            for (PersonFilm pf : draft.unmatched()) {
                draft.fame(pf, recordFilms.fame(pf));
            }
            if (PeopleRules.isImdb(id)) {
                folded[0] += entries - 1;
            } else {
                folded[1] += entries - 1;
                folded[2] += store.get(NAMES, StoreKeys.text(Text.fold(draft.person().name()))) != null ? 1 : 0;
            }
            return new LinkedRecord(draft.person(), null, draft.filmography());
        }

        /**
         * What linking found for the films a person's people records name ({@link PersonEntry.RecordFilm}): the
         * catalogue's film of each id, and the fame of each film and role, so that folding looks nothing up. The
         * fame of a film is kept under the id the record gave when that is the film's own id, and under the found
         * film's id, which is what a filmography entry titled from it carries.
         */
        private static final class RecordFilms {
            private final String person;
            private final Map<String, PersonEntry.Found> films = new HashMap<>();
            private final Map<String, FilmFame> fame = new HashMap<>();

            RecordFilms(String person) {
                this.person = person;
            }

            void add(PersonEntry.RecordFilm f) {
                films.put(f.filmId(), f.film());
                fame.putIfAbsent(f.filmId() + "|" + f.role(), f.exact() ? f.fame() : null);
                if (f.film() != null) {
                    fame.put(f.film().id() + "|" + f.role(), f.fame());
                }
            }

            /** The catalogue's film of an id a people record gave, or null when there is none. */
            PersonEntry.Found film(String filmId) {
                if (filmId == null) {
                    return null;
                }
                if (!films.containsKey(filmId)) {
                    throw new IllegalStateException("linking found nothing for film " + filmId + " of " + person);
                }
                return films.get(filmId);
            }

            /** The fame of a film of a people record for its role, or null when the film has no votes. */
            FilmFame fame(PersonFilm pf) {
                if (pf.filmId() == null) {
                    return null;
                }
                String key = pf.filmId() + "|" + pf.role();
                if (!fame.containsKey(key)) {
                    throw new IllegalStateException("linking found nothing for film " + key + " of " + person);
                }
                return fame.get(key);
            }
        }

        /** The next review or quote entry, skipping later entries with an id already given (the first read wins). */
        private byte[] nextOfNewId() {
            while (scan.next()) {
                String id = StoreKeys.group(scan.key());
                if (!id.equals(lastId)) {
                    lastId = id;
                    return scan.value();
                }
            }
            return null;
        }

        private LinkedRecord nextReview() {
            byte[] value = nextOfNewId();
            if (value == null) {
                return null;
            }
            Review r = REVIEW.decode(value);
            FilmSummary film = attach(r.filmId(), r.filmTitle(), r.filmYear());
            if (film != null) {
                r = r.withFilm(film.id(), film.title(), film.year());
            }
            r = r.language() != null ? r : r.withLanguage(languages.detect(r.body()));
            return new LinkedRecord(r, film, null);
        }

        private LinkedRecord nextQuote() {
            byte[] value = nextOfNewId();
            if (value == null) {
                return null;
            }
            Quote q = QUOTE.decode(value);
            FilmSummary film = attach(q.filmId(), q.filmTitle(), q.filmYear());
            if (film != null) {
                q = q.withFilm(film.id(), film.title(), film.year());
            }
            q = q.language() != null ? q : q.withLanguage(languages.detect(q.text()));
            return new LinkedRecord(q, film, null);
        }

        /** {@link FilmFinder#find}, counting the records that found their film. */
        private FilmSummary attach(String id, String title, Integer year) {
            FilmSummary film = finder.find(id, title, year);
            if (film != null) {
                attached++;
            }
            return film;
        }

        @Override
        public void close() {
            if (scan != null) {
                scan.close();
            }
            finder.close();
        }
    }
}
