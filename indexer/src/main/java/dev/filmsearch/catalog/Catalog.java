package dev.filmsearch.catalog;

import static dev.filmsearch.catalog.Codecs.PERSON;
import static dev.filmsearch.catalog.Codecs.QUOTE;
import static dev.filmsearch.catalog.Codecs.REVIEW;
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
import dev.filmsearch.model.Person;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Review;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Collects what the readers produce, on disk ({@link CatalogStore}), and turns it into one consistent catalogue:
 * the same film from several files becomes one film ({@link FilmMerger}), people are derived from film credits and
 * merged with people records ({@link PeopleRules}), reviews and quotes are attached to their film by id, else by
 * normalised title (and year), and get a language where the source gave none ({@link CatalogContents}).
 *
 * <p>Films are merged as they arrive ({@link FilmResolver}): a film joins the earlier film that has its id, else
 * one that shares a normalised title and a year (±1) and whose directors or runtime do not disagree. The keys and
 * the films live in the store, so memory does not grow with the corpus. Not thread-safe: one build,
 * one catalogue; close it (or the contents {@link #finish} returns) to delete the store.
 */
public final class Catalog implements RecordSink, Closeable {
    private final CatalogStore store;
    private final FilmResolver films;
    private final Map<RecordType, Integer> read = new EnumMap<>(RecordType.class);
    private final List<Problem> problems = new ArrayList<>();
    private long people;
    private long reviews;
    private long quotes;
    private boolean finished;

    /** A catalogue whose store lives in {@code settings.directory()} (replaced if it exists). */
    public Catalog(StoreSettings settings) {
        this(settings, FilmResolver.Listener.NONE);
    }

    /** A catalogue that tells {@code listener} every film merge and every film kept apart from a look-alike. */
    Catalog(StoreSettings settings, FilmResolver.Listener listener) {
        try {
            this.store = CatalogStore.open(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.films = new FilmResolver(store, listener);
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
            case Film f -> films.add(f);
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
        return films.films();
    }

    /**
     * The records {@link #finish} scans, the total of its progress: the films four times, the people records four
     * times (the fourth: the films they name).
     */
    public long linkingScans() {
        return CatalogFinisher.scans(films.films(), read.getOrDefault(RecordType.PERSON, 0));
    }

    /** {@link #finish(LongConsumer)} without progress. */
    public CatalogContents finish() {
        return finish(n -> { });
    }

    /**
     * Finishes the catalogue: credits get their people's canonical ids, films are put in id order with the
     * look-up tables reviews and quotes are attached by, and people's entries are grouped by person. The returned
     * contents own the store from now on. {@code progress} hears the number of records scanned, of
     * {@link #linkingScans} in all.
     */
    public CatalogContents finish(LongConsumer progress) {
        finished = true;
        Map<RecordType, Integer> readCounts = new EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            readCounts.put(t, read.getOrDefault(t, 0));
        }
        CatalogFinisher finisher = new CatalogFinisher(store, films.nameLinks(), progress);
        long people = finisher.run();
        long estimate = (long) films.films() + people + read.getOrDefault(RecordType.REVIEW, 0)
                + read.getOrDefault(RecordType.QUOTE, 0);
        return new CatalogContents(store, readCounts, films.counts(), finisher.linkedByName(), estimate);
    }

    /** Deletes the store, unless {@link #finish} handed it to the contents. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            store.close();
        }
    }
}
