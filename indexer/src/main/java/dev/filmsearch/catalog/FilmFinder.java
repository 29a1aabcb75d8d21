package dev.filmsearch.catalog;

import static dev.filmsearch.catalog.Codecs.SUMMARY;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FILM_KEYS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FILM_SLUGS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FILM_SUMMARIES;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FILM_TITLES;
import static dev.filmsearch.catalog.store.CatalogStore.Table.SLOT_IDS;

import dev.filmsearch.catalog.store.CatalogStore;
import dev.filmsearch.catalog.store.StoreKeys;
import java.io.Closeable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Finds a film of the finished catalogue by what another record says of it: by id (the film's own, its title-year
 * slug, or the id of a record merged into it), else by normalised title (the title or the original title) and
 * year; without a year, or when no film has that year, the best-known film of that title (most votes). Keeps two
 * reusable store cursors: not thread-safe, one per thread; close it.
 */
final class FilmFinder implements Closeable {
    private final CatalogStore store;
    private final CatalogStore.Seeker slugs;
    private final CatalogStore.Seeker titles;

    FilmFinder(CatalogStore store) {
        this.store = store;
        this.slugs = store.seeker(FILM_SLUGS);
        this.titles = store.seeker(FILM_TITLES);
    }

    /** The summary of the film of exactly this id, or null. */
    private FilmSummary summary(String filmId) {
        byte[] value = filmId == null ? null : store.get(FILM_SUMMARIES, StoreKeys.text(filmId));
        return value == null ? null : SUMMARY.decode(value);
    }

    /** The film an id names (its own id, a title-year slug, or a merged record's id), or null. */
    FilmSummary byId(String id) {
        FilmSummary own = summary(id);
        if (own != null || id == null) {
            return own;
        }
        CatalogStore.Cursor slug = slugs.seek(StoreKeys.groupPrefix(id));
        if (slug.next()) {
            return summary(new String(slug.value(), StandardCharsets.UTF_8));
        }
        byte[] slot = store.get(FILM_KEYS, StoreKeys.text("id:" + id));
        if (slot != null) {
            byte[] merged = store.get(SLOT_IDS, StoreKeys.number(ByteBuffer.wrap(slot).getInt()));
            return summary(new String(merged, StandardCharsets.UTF_8));
        }
        return null;
    }

    /** The film a review or quote is about: by {@link #byId}, else by one of the title's variants and the year. */
    FilmSummary find(String id, String title, Integer year) {
        FilmSummary byId = byId(id);
        if (byId != null || title == null) {
            return byId;
        }
        for (String titleKey : TitleVariants.of(title).keySet()) {
            FilmSummary film = byTitle(titleKey, year);
            if (film != null) {
                return film;
            }
        }
        return null;
    }

    /** The film of that title key and year, else the best-known film of that title key, else null. */
    private FilmSummary byTitle(String titleKey, Integer year) {
        FilmSummary best = null;
        CatalogStore.Cursor candidates = titles.seek(StoreKeys.groupPrefix(titleKey));
        while (candidates.next()) {
            FilmSummary f = SUMMARY.decode(candidates.value());
            if (year != null && year.equals(f.year())) {
                return f;
            }
            if (best == null || votes(f) > votes(best)) {
                best = f;
            }
        }
        return best;
    }

    private static long votes(FilmSummary f) {
        return f.votes() == null ? -1 : f.votes();
    }

    @Override
    public void close() {
        slugs.close();
        titles.close();
    }
}
