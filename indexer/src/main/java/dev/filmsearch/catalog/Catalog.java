package dev.filmsearch.catalog;

import static dev.filmsearch.catalog.Codecs.FILM;
import static dev.filmsearch.catalog.Codecs.PERSON;
import static dev.filmsearch.catalog.Codecs.QUOTE;
import static dev.filmsearch.catalog.Codecs.REVIEW;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FILMS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FILM_KEYS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.PEOPLE;
import static dev.filmsearch.catalog.store.CatalogStore.Table.QUOTES;
import static dev.filmsearch.catalog.store.CatalogStore.Table.REVIEWS;

import dev.filmsearch.catalog.store.CatalogStore;
import dev.filmsearch.catalog.store.StoreKeys;
import dev.filmsearch.catalog.store.StoreSettings;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Review;
import dev.filmsearch.model.Text;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Collects what the readers produce, on disk ({@link CatalogStore}), and turns it into one consistent catalogue:
 * the same film from several files becomes one film ({@link FilmMerger}), people are derived from film credits and
 * merged with people records ({@link PeopleRules}), reviews and quotes are attached to their film by id, else by
 * normalised title (and year), and get a language where the source gave none ({@link CatalogContents}).
 *
 * <p>Films are merged as they arrive: a film joins the earlier film (its "slot") that has its id, else the one
 * with its normalised title and year unless both carry different IMDb ids; the first film to bring a key owns it.
 * The keys and the films live in the store, so memory does not grow with the corpus. Not thread-safe: one build,
 * one catalogue; close it (or the contents {@link #finish} returns) to delete the store.
 */
public final class Catalog implements RecordSink, Closeable {
    private final CatalogStore store;
    private final FilmMerger merger = new FilmMerger();
    private final Map<RecordType, Integer> read = new EnumMap<>(RecordType.class);
    private final List<Problem> problems = new ArrayList<>();
    private int slots;
    private long people;
    private long reviews;
    private long quotes;
    private boolean finished;

    /** A catalogue whose store lives in {@code settings.directory()} (replaced if it exists). */
    public Catalog(StoreSettings settings) {
        try {
            this.store = CatalogStore.open(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A catalogue in a fresh temporary folder, for tests and tools with small inputs. */
    public Catalog() {
        this(StoreSettings.in(temporaryFolder()).withMemory(64L << 20));
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("filmsearch-catalogue");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the catalogue", e);
        }
    }

    @Override
    public void accept(CatalogRecord record) {
        if (finished) {
            throw new IllegalStateException("the catalogue is finished");
        }
        read.merge(record.type(), 1, Integer::sum);
        switch (record) {
            case Film f -> addFilm(f);
            case Person p -> store.put(PEOPLE, StoreKeys.number(people++), PERSON.encode(p));
            case Review r -> store.put(REVIEWS, StoreKeys.grouped(r.id(), reviews++), REVIEW.encode(r));
            case Quote q -> store.put(QUOTES, StoreKeys.grouped(q.id(), quotes++), QUOTE.encode(q));
        }
    }

    @Override
    public void reject(Problem problem) {
        problems.add(problem);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Films read so far, after merging. */
    public int films() {
        return slots;
    }

    private void addFilm(Film film) {
        Map<String, Integer> seen = new HashMap<>();
        FilmKeys keys = FilmKeys.of(film);
        Integer slot = findSlot(film, keys, seen);
        Film merged;
        if (slot == null) {
            slot = slots++;
            merged = film;
        } else {
            merged = merger.merge(film(slot), film);
        }
        store.put(FILMS, StoreKeys.number(slot), FILM.encode(merged));
        for (String key : keys.all()) {
            claim(key, slot, seen);
        }
        claim("id:" + merged.id(), slot, seen);
    }

    private Integer findSlot(Film film, FilmKeys keys, Map<String, Integer> seen) {
        Integer byId = slotOf(keys.id(), seen);
        if (byId != null) {
            return byId;
        }
        Integer byTitle = slotOf(keys.titleYear(), seen);
        if (byTitle == null) {
            return null;
        }
        // two different IMDb ids are two films, even with the same title and year (remakes, homonyms)
        Film existing = film(byTitle);
        boolean bothImdb = FilmMerger.isImdb(existing.id()) && FilmMerger.isImdb(film.id());
        return bothImdb && !existing.id().equals(film.id()) ? null : byTitle;
    }

    private Film film(int slot) {
        return FILM.decode(store.get(FILMS, StoreKeys.number(slot)));
    }

    /** The slot that owns a key, looked up once per film. */
    private Integer slotOf(String key, Map<String, Integer> seen) {
        if (seen.containsKey(key)) {
            return seen.get(key);
        }
        byte[] value = store.get(FILM_KEYS, StoreKeys.text(key));
        Integer slot = value == null ? null : ByteBuffer.wrap(value).getInt();
        seen.put(key, slot);
        return slot;
    }

    /** The first film to bring a key owns it. */
    private void claim(String key, int slot, Map<String, Integer> seen) {
        if (slotOf(key, seen) == null) {
            store.put(FILM_KEYS, StoreKeys.text(key), ByteBuffer.allocate(Integer.BYTES).putInt(slot).array());
            seen.put(key, slot);
        }
    }

    /** A film's keys, computed once: its id, the id-year slug of its title, its normalised title and year. */
    private record FilmKeys(String id, String slug, String titleYear) {
        static FilmKeys of(Film film) {
            return new FilmKeys("id:" + film.id(), "id:" + Ids.filmId(null, film.title(), film.year()),
                    "title:" + Text.titleKey(film.title()) + "|" + (film.year() == null ? "" : film.year()));
        }

        List<String> all() {
            return List.of(id, slug, titleYear);
        }
    }

    /** {@link #finish(LongConsumer)} without progress. */
    public CatalogContents finish() {
        return finish(n -> { });
    }

    /**
     * Finishes the catalogue: credits get their people's canonical ids, films are put in id order with the
     * look-up tables reviews and quotes are attached by, and people's entries are grouped by person. The returned
     * contents own the store from now on. {@code progress} hears the number of films done.
     */
    public CatalogContents finish(LongConsumer progress) {
        finished = true;
        Map<RecordType, Integer> readCounts = new EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            readCounts.put(t, read.getOrDefault(t, 0));
        }
        long people = new CatalogFinisher(store).run(progress);
        long estimate = (long) slots + people + read.getOrDefault(RecordType.REVIEW, 0)
                + read.getOrDefault(RecordType.QUOTE, 0);
        return new CatalogContents(store, readCounts, estimate);
    }

    /** Deletes the store, unless {@link #finish} handed it to the contents. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            store.close();
        }
    }
}
