package dev.filmsearch.catalog;

import static dev.filmsearch.catalog.Codecs.ENTRY;
import static dev.filmsearch.catalog.Codecs.FILM;
import static dev.filmsearch.catalog.Codecs.NAMED_FILM;
import static dev.filmsearch.catalog.Codecs.PERSON;
import static dev.filmsearch.catalog.Codecs.SUMMARY;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FILMS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FILM_SLUGS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FILM_SUMMARIES;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FILM_TITLES;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FINAL_FILMS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.NAMES;
import static dev.filmsearch.catalog.store.CatalogStore.Table.NAME_FILMS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.NAME_LINKS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.PEOPLE;
import static dev.filmsearch.catalog.store.CatalogStore.Table.PERSON_ENTRIES;
import static dev.filmsearch.catalog.store.CatalogStore.Table.RECORD_FILMS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.SLOT_IDS;

import dev.filmsearch.catalog.store.CatalogStore;
import dev.filmsearch.catalog.store.StoreKeys;
import dev.filmsearch.model.Alias;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Text;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * The steps between reading and indexing, each a scan of one table of the store writing others:
 * <ol>
 *   <li>credits and people records with an {@code nm} id name it per folded name and film ({@link PeopleRules});</li>
 *   <li>credits and people records known by name only find the namesakes they share a film with (the films' scan
 *       and the people records' scan at once);</li>
 *   <li>at once: merged films, in the order they were first met, get canonical credits, are written in id order,
 *       and write their summary, their id by slot (so the id of any record merged into a film finds it) and the
 *       keys reviews and quotes are attached by; and people records, in reading order, become their person's
 *       first entries, and each film they name is noted under the film's id;</li>
 *   <li>at once: films in id order write one entry per credit for its person; and the films people records name,
 *       in film id order, are found in the catalogue and written as entries of their person with the film's title
 *       and fame ({@link PersonEntry.RecordFilm}): one pass in the order of the films' summaries instead of a
 *       look-up at random per film of every person when people are folded.</li>
 * </ol>
 * Steps that run at once write different tables, or entries numbered apart ({@link #ENTRY_RANGE}), so the
 * catalogue is the same as when they run one after the other.
 */
final class CatalogFinisher {
    private final CatalogStore store;
    private final PeopleRules rules;
    /** The rules of {@link #peopleEntries}, which runs beside {@link #canonicalFilms}. */
    private final PeopleRules peopleRules;
    private final DistinctCount personIds = new DistinctCount();
    private final long firstLink;
    /** How often {@link #run} reports its progress, in records scanned. */
    static final int PROGRESS_EVERY = 10_000;
    private final LongConsumer progress;
    private long scannedRecords;
    private long peopleRecords;
    private long namedFilms;

    /** A film a people record names, noted under the film's id: the record's person and the role. */
    record NamedFilm(String personId, String role) {
    }

    /**
     * @param progress hears how many records the steps have scanned so far, of {@link #scans} in all, every
     *                 {@value #PROGRESS_EVERY} records and at the end
     */
    CatalogFinisher(CatalogStore store, long firstLink, LongConsumer progress) {
        this.progress = progress;
        this.store = store;
        this.firstLink = firstLink;
        this.rules = new PeopleRules(store);
        this.peopleRules = new PeopleRules(store);
    }

    /** Credits and people records known by name only that took a namesake's IMDb id (known after {@link #run}). */
    long linkedByName() {
        return rules.linked() + peopleRules.linked();
    }

    /**
     * The records {@link #run} scans, for its progress: the films four times (names with IMDb ids, links by
     * name, canonical credits, credits as people's entries) and the people records four times (the fourth is the
     * scan of the films they name, counted as its share of the people records).
     */
    static long scans(long films, long peopleRecords) {
        return 4 * films + 4 * peopleRecords;
    }

    /**
     * Entry numbers of a person's credits start here, and of the films their people records name at twice this,
     * so that the steps writing them can run at once and a person's people records still come first.
     */
    static final long ENTRY_RANGE = 1L << 40;

    /** @return about how many people the catalogue holds */
    long run() {
        nameIds();
        ExecutorService second = Executors.newSingleThreadExecutor(r -> new Thread(r, "linking"));
        try {
            both(second, () -> nameLinksOfFilms(firstLink), () -> nameLinksOfPeople(firstLink + ENTRY_RANGE));
            both(second, this::canonicalFilms, this::peopleEntries);
            both(second, () -> filmTables(ENTRY_RANGE), () -> namedFilms(2 * ENTRY_RANGE));
        } finally {
            second.shutdownNow();
        }
        rules.close();
        peopleRules.close();
        progress.accept(scannedRecords);
        return personIds.estimate();
    }

    /**
     * Runs two steps at once, one on {@code second}, and returns when both have ended; a step's failure is thrown
     * once the other step has ended too.
     */
    private static void both(ExecutorService second, Runnable a, Runnable b) {
        Future<?> other = second.submit(a);
        RuntimeException failure = null;
        try {
            b.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            other.get();
        } catch (ExecutionException e) {
            RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException(e.getCause());
            if (failure == null) {
                failure = cause;
            } else {
                failure.addSuppressed(cause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linking", e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** One more record scanned; called by both steps that run at once, so each total is heard once, in order. */
    private synchronized void scanned() {
        if (++scannedRecords % PROGRESS_EVERY == 0) {
            progress.accept(scannedRecords);
        }
    }

    /**
     * Who has an IMDb id under each folded name, per film: the credits of the films, then the films people records
     * list, each last to first, so the first film's credit, and above all the first people record, wins.
     */
    private void nameIds() {
        try (var films = store.scanBackwards(FILMS); var batch = store.batch()) {
            while (films.next()) {
                scanned();
                Film f = FILM.decode(films.value());
                for (Credit c : PeopleRules.credits(f)) {
                    if (PeopleRules.isImdb(c.personId())) {
                        batch.put(NAME_FILMS, PeopleRules.nameFilm(Text.fold(c.name()), f.id()),
                                StoreKeys.text(c.personId()));
                    }
                }
            }
        }
        try (var people = store.scanBackwards(PEOPLE); var batch = store.batch()) {
            while (people.next()) {
                scanned();
                Person p = PERSON.decode(people.value());
                if (PeopleRules.isImdb(p)) {
                    String folded = Text.fold(p.name());
                    batch.put(NAMES, StoreKeys.text(folded), StoreKeys.text(p.id()));
                    for (PersonFilm film : p.films()) {
                        batch.put(NAME_FILMS, PeopleRules.nameFilm(folded, film.filmId()), StoreKeys.text(p.id()));
                    }
                }
            }
        }
    }

    /**
     * For each folded name known by name only somewhere, the IMDb ids of namesakes it shares a film with, in
     * reading order: credits in the order films were first met (numbered from {@code firstSeq}), then people
     * records (numbered from {@code firstSeq} + {@link #ENTRY_RANGE}, so both scans can run at once).
     */
    private void nameLinksOfFilms(long firstSeq) {
        long seq = firstSeq;
        try (var films = store.scan(FILMS); var batch = store.batch()) {
            while (films.next()) {
                scanned();
                Film f = FILM.decode(films.value());
                for (Credit c : PeopleRules.credits(f)) {
                    if (!PeopleRules.isImdb(c.personId())) {
                        seq = link(batch, seq, Text.fold(c.name()), f.id());
                    }
                }
            }
        }
    }

    /** The people records' part of {@link #nameLinksOfFilms}. */
    private void nameLinksOfPeople(long firstSeq) {
        long seq = firstSeq;
        try (var people = store.scan(PEOPLE); var batch = store.batch()) {
            while (people.next()) {
                scanned();
                Person p = PERSON.decode(people.value());
                if (!PeopleRules.isImdb(p)) {
                    for (PersonFilm film : p.films()) {
                        seq = link(batch, seq, Text.fold(p.name()), film.filmId());
                    }
                }
            }
        }
    }

    private long link(CatalogStore.Batch batch, long seq, String folded, String filmId) {
        byte[] nm = store.get(NAME_FILMS, PeopleRules.nameFilm(folded, filmId));
        if (nm == null) {
            return seq;
        }
        batch.put(NAME_LINKS, StoreKeys.grouped(folded, seq), nm);
        return seq + 1;
    }

    private void canonicalFilms() {
        try (var films = store.scan(FILMS); var batch = store.batch()) {
            while (films.next()) {
                scanned();
                long slot = StoreKeys.number(films.key());
                Film film = rules.canonicalCredits(FILM.decode(films.value()));
                batch.put(FINAL_FILMS, StoreKeys.grouped(film.id(), slot), FILM.encode(film));
                batch.put(SLOT_IDS, StoreKeys.number(slot), StoreKeys.text(film.id()));
                lookupKeys(batch, film, slot);
            }
        }
    }

    /**
     * People records in reading order as their person's first entries (numbered from 0), each film they name noted
     * under the film's id. Runs beside {@link #canonicalFilms}, so it has rules of its own.
     */
    private void peopleEntries() {
        long seq = 0;
        try (var people = store.scan(PEOPLE); var batch = store.batch()) {
            while (people.next()) {
                scanned();
                Person p = PERSON.decode(people.value());
                String id = peopleRules.canonicalId(p.id(), p.name(), null);
                personIds.add(id);
                batch.put(PERSON_ENTRIES, StoreKeys.grouped(id, seq++),
                        ENTRY.encode(new PersonEntry.FromRecord(p)));
                peopleRecords++;
                for (PersonFilm film : p.films()) {
                    if (film.filmId() != null) {
                        batch.put(RECORD_FILMS, StoreKeys.grouped(film.filmId(), namedFilms++),
                                NAMED_FILM.encode(new NamedFilm(id, film.role())));
                    }
                }
            }
        }
    }

    /**
     * The film's summary by id (a later film with the same id replaces it) and the keys reviews and quotes find it
     * by: its id-year slug and its normalised titles (title, original title, aliases), in the order films were
     * first met.
     */
    private static void lookupKeys(CatalogStore.Batch batch, Film f, long slot) {
        byte[] summary = SUMMARY.encode(FilmSummary.of(f));
        batch.put(FILM_SUMMARIES, StoreKeys.text(f.id()), summary);
        batch.put(FILM_SLUGS, StoreKeys.grouped(Ids.filmId(null, f.title(), f.year()), slot), StoreKeys.text(f.id()));
        java.util.Set<String> titleKeys = new java.util.LinkedHashSet<>();
        titleKeys.add(Text.titleKey(f.title()));
        if (f.originalTitle() != null) {
            titleKeys.add(Text.titleKey(f.originalTitle()));
        }
        for (Alias alias : f.aliases()) {
            titleKeys.add(Text.titleKey(alias.title()));
        }
        for (String titleKey : titleKeys) {
            batch.put(FILM_TITLES, StoreKeys.grouped(titleKey, slot), summary);
        }
    }

    /** Every credit of the films, in film id order, as an entry of its person, numbered from {@code firstSeq}. */
    private void filmTables(long firstSeq) {
        long seq = firstSeq;
        try (var films = store.scan(FINAL_FILMS); var batch = store.batch()) {
            while (films.next()) {
                scanned();
                Film f = FILM.decode(films.value());
                FilmSummary summary = FilmSummary.of(f);
                for (Credit c : f.directors()) {
                    seq = credit(batch, seq, c.personId(), c.name(), f, summary, "director", null);
                }
                for (Credit c : f.writers()) {
                    seq = credit(batch, seq, c.personId(), c.name(), f, summary, "writer", null);
                }
                for (CastMember c : f.cast()) {
                    seq = credit(batch, seq, c.personId(), c.name(), f, summary, "actor", c.character());
                }
            }
        }
    }

    /**
     * The films people records name, in film id order, each as an entry of its person: the film of that id as
     * {@link FilmFinder#byId} finds it, once per id, and its fame for the person's role. The look-ups follow the
     * summaries' own key order, so each block of them is read once.
     */
    private void namedFilms(long firstSeq) {
        long seq = firstSeq;
        long done = 0;
        long counted = 0;
        try (var named = store.scan(RECORD_FILMS); var finder = new FilmFinder(store); var batch = store.batch()) {
            String filmId = null;
            FilmSummary film = null;
            PersonEntry.Found found = null;
            while (named.next()) {
                String id = StoreKeys.group(named.key());
                if (!id.equals(filmId)) {
                    filmId = id;
                    film = finder.byId(id);
                    found = film == null ? null : new PersonEntry.Found(film.id(), film.title(), film.year());
                }
                NamedFilm n = NAMED_FILM.decode(named.value());
                batch.put(PERSON_ENTRIES, StoreKeys.grouped(n.personId(), seq++), ENTRY.encode(
                        new PersonEntry.RecordFilm(id, n.role(), found, FilmFame.of(film, n.personId(), n.role()))));
                for (long target = peopleRecords * ++done / namedFilms; counted < target; counted++) {
                    scanned();
                }
            }
        }
        for (; counted < peopleRecords; counted++) {
            scanned();
        }
    }

    private long credit(CatalogStore.Batch batch, long seq, String personId, String name, Film film,
                               FilmSummary summary, String role, String character) {
        PersonFilm pf = new PersonFilm(film.id(), film.title(), film.year(), role, character);
        personIds.add(personId);
        batch.put(PERSON_ENTRIES, StoreKeys.grouped(personId, seq),
                ENTRY.encode(new PersonEntry.FromCredit(name, pf, FilmFame.of(summary, personId, role))));
        return seq + 1;
    }
}
