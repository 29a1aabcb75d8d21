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
import java.util.function.LongConsumer;

/**
 * The steps between reading and indexing, each a scan of one table of the store writing others:
 * <ol>
 *   <li>credits and people records with an {@code nm} id name it per folded name and film ({@link PeopleRules});
 *       credits and people records known by name only find the namesakes they share a film with;</li>
 *   <li>merged films, in the order they were first met, get canonical credits, are written in id order, and
 *       write their summary, their id by slot (so the id of any record merged into a film finds it) and the keys
 *       reviews and quotes are attached by;</li>
 *   <li>people records, in reading order, become their person's first entries, and each film they name is
 *       noted under the film's id;</li>
 *   <li>films in id order write one entry per credit for its person;</li>
 *   <li>the films people records name, in film id order, are found in the catalogue and written as entries of
 *       their person with the film's title and fame ({@link PersonEntry.RecordFilm}): one pass in the order of the
 *       films' summaries instead of a look-up at random per film of every person when people are folded.</li>
 * </ol>
 */
final class CatalogFinisher {
    private final CatalogStore store;
    private final PeopleRules rules;
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
    }

    /** Credits and people records known by name only that took a namesake's IMDb id (known after {@link #run}). */
    long linkedByName() {
        return rules.linked();
    }

    /**
     * The records {@link #run} scans, for its progress: the films four times (names with IMDb ids, links by
     * name, canonical credits, credits as people's entries) and the people records four times (the fourth is the
     * scan of the films they name, counted as its share of the people records).
     */
    static long scans(long films, long peopleRecords) {
        return 4 * films + 4 * peopleRecords;
    }

    /** @return about how many people the catalogue holds */
    long run() {
        nameIds();
        nameLinks();
        canonicalFilms();
        long seq = peopleEntries();
        seq = filmTables(seq);
        namedFilms(seq);
        rules.close();
        progress.accept(scannedRecords);
        return personIds.estimate();
    }

    /** One more record scanned. */
    private void scanned() {
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
     * reading order: credits in the order films were first met, then people records.
     */
    private void nameLinks() {
        long seq = firstLink;
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

    private long peopleEntries() {
        long seq = 0;
        try (var people = store.scan(PEOPLE); var batch = store.batch()) {
            while (people.next()) {
                scanned();
                Person p = PERSON.decode(people.value());
                String id = rules.canonicalId(p.id(), p.name(), null);
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
        return seq;
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

    /** Every credit of the films, in film id order, as an entry of its person; returns the next entry number. */
    private long filmTables(long firstSeq) {
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
        return seq;
    }

    /**
     * The films people records name, in film id order, each as an entry of its person: the film of that id as
     * {@link FilmFinder#byId} finds it, whether it is the film of exactly that id, and its fame for the person's
     * role. The look-ups follow the summaries' own key order, so each block of them is read once.
     */
    private void namedFilms(long firstSeq) {
        long seq = firstSeq;
        long done = 0;
        long base = scannedRecords;
        try (var named = store.scan(RECORD_FILMS); var finder = new FilmFinder(store); var batch = store.batch()) {
            String filmId = null;
            FilmSummary film = null;
            boolean exact = false;
            while (named.next()) {
                String id = StoreKeys.group(named.key());
                if (!id.equals(filmId)) {
                    filmId = id;
                    film = finder.summary(id);
                    exact = film != null;
                    film = exact ? film : finder.byId(id);
                }
                NamedFilm n = NAMED_FILM.decode(named.value());
                PersonEntry.Found ref = film == null ? null : new PersonEntry.Found(film.id(), film.title(), film.year());
                batch.put(PERSON_ENTRIES, StoreKeys.grouped(n.personId(), seq++), ENTRY.encode(new PersonEntry.RecordFilm(
                        id, n.role(), ref, exact, FilmFame.of(film, n.personId(), n.role()))));
                long target = base + peopleRecords * ++done / namedFilms;
                while (scannedRecords < target) {
                    scanned();
                }
            }
        }
        while (scannedRecords < base + peopleRecords) {
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
