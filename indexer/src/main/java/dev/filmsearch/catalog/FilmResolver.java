package dev.filmsearch.catalog;

import static dev.filmsearch.catalog.Codecs.FILM;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FILMS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FILM_KEYS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.FILM_TITLE_YEARS;
import static dev.filmsearch.catalog.store.CatalogStore.Table.NAME_LINKS;

import dev.filmsearch.catalog.FilmMatch.Miss;
import dev.filmsearch.catalog.FilmMatch.Rule;
import dev.filmsearch.catalog.TitleVariants.Kind;
import dev.filmsearch.catalog.store.CatalogStore;
import dev.filmsearch.catalog.store.StoreKeys;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Text;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for each film read, the earlier film (its "slot") it is the same film as, and merges it in
 * ({@link FilmMerger}); else it becomes a new slot. Two tables of the store hold what it needs, so memory does not
 * grow with the corpus:
 * <ul>
 *   <li>{@code FILM_KEYS}: {@code id:…} keys (a film's id, its title-year slug), each owned by the first slot to
 *       bring it;</li>
 *   <li>{@code FILM_TITLE_YEARS}: the slots that brought a title key with a year, with how the key was derived
 *       ({@link TitleVariants}), in two groups by whether the slot's film has an IMDb id.</li>
 * </ul>
 * A film with an id of its own (an IMDb id, or one its source gave, not its title-year slug) joins the slot that
 * owns that id. Else the candidates are the slots under any of its title keys with its year, the year before or
 * the year after (a film without a year: only films without one), tried in order of year distance, then how plain
 * the key is, then slot; it joins the first that {@link FilmMatch} finds no conflict with. Deterministic: slots
 * are numbered in reading order.
 *
 * <p>How a title-year's two groups are stored follows from who reads them. Every film reads all of the group
 * without IMDb ids (its candidates), so that group is one value, {@code titleKey|year} → 5 bytes a slot (slot,
 * kind), read with one look-up and rewritten with each slot it gains: it stays small, as films without an IMDb
 * id rarely share a title and year. Only films without an IMDb id read all of the IMDb group; a film with an IMDb
 * id (every film of IMDb's dumps, where a million episodes are called "Episode #1.1") needs only the group's best
 * slot in candidate order, for the kept-apart count. So each slot of the IMDb group is an entry of its own,
 * {@code titleKey|year|imdb 0x00 slot} → kind ({@link StoreKeys#grouped}), read by a prefix scan; and beside them
 * {@code titleKey|year|imdb} holds, for each kind, the group's lowest slot stored with that kind, from which the
 * best slot for a title form of any kind follows. Adding a slot writes its entry and, when it is the lowest of its
 * kind, the new lowest slots: a film with an IMDb id costs the same few look-ups and writes however many films
 * share its title and year.
 */
final class FilmResolver {
    /** Hears every decision, for tests and the hand-checked samples of docs/indexing.md. */
    interface Listener {
        Listener NONE = new Listener() {
        };

        default void merged(Rule rule, Film earlier, Film later) {
        }

        default void keptApart(Miss miss, Film earlier, Film later) {
        }
    }

    private record Candidate(int slot, int yearDistance, Kind kind) {
    }

    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::yearDistance)
            .thenComparing(Candidate::kind).thenComparingInt(Candidate::slot);

    private final CatalogStore store;
    private final Listener listener;
    private final FilmMerger merger = new FilmMerger();
    private final Map<Rule, Long> merged = new EnumMap<>(Rule.class);
    private final Map<Miss, Long> keptApart = new EnumMap<>(Miss.class);
    private int slots;
    private long links;

    FilmResolver(CatalogStore store, Listener listener) {
        this.store = store;
        this.listener = listener;
    }

    /** Films so far, after merging. */
    int films() {
        return slots;
    }

    ResolutionCounts counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Rule r : Rule.values()) {
            m.put(r.label, merged.getOrDefault(r, 0L));
        }
        Map<String, Long> k = new LinkedHashMap<>();
        for (Miss miss : Miss.values()) {
            k.put(miss.label, keptApart.getOrDefault(miss, 0L));
        }
        return new ResolutionCounts(m, k);
    }

    void add(Film film) {
        Map<String, byte[]> read = new HashMap<>();
        String slug = Ids.filmId(null, film.title(), film.year());
        Map<String, Kind> titles = TitleVariants.of(film);
        Integer slot = null;
        Film existing = null;
        if (!film.id().equals(slug)) {
            slot = owner(get(FILM_KEYS, "id:" + film.id(), read));
            if (slot != null) {
                existing = film(slot);
                count(Rule.SAME_ID, existing, film);
            }
        }
        if (slot == null) {
            Miss firstMiss = null;
            Film missed = null;
            Candidate missedAt = null;
            Candidates found = candidates(film, titles, read);
            for (Candidate c : found.open()) {
                Film candidate = film(c.slot());
                Miss miss = FilmMatch.conflict(candidate, film, c.yearDistance() > 0);
                if (miss == null) {
                    slot = c.slot();
                    existing = candidate;
                    count(Rule.of(c.kind(), c.yearDistance() > 0), candidate, film);
                    break;
                }
                if (firstMiss == null) {
                    firstMiss = miss;
                    missed = candidate;
                    missedAt = c;
                }
            }
            Candidate otherImdb = found.otherImdb();
            if (slot == null && otherImdb != null && (missedAt == null || ORDER.compare(otherImdb, missedAt) < 0)) {
                firstMiss = Miss.IMDB_IDS;
                missed = film(otherImdb.slot());
            }
            if (slot == null && firstMiss != null) {
                keptApart.merge(firstMiss, 1L, Long::sum);
                listener.keptApart(firstMiss, missed, film);
            }
        }
        Film result = existing == null ? film : merger.merge(existing, film);
        if (existing != null) {
            nameLinks(existing, film, result);
        }
        boolean newSlot = slot == null;
        if (newSlot) {
            slot = slots++;
        }
        store.put(FILMS, StoreKeys.number(slot), FILM.encode(result));
        claimId("id:" + film.id(), slot, read);
        claimId("id:" + slug, slot, read);
        claimId("id:" + result.id(), slot, read);
        boolean imdbSlot = FilmMerger.isImdb(result.id());
        for (Map.Entry<String, Kind> t : titles.entrySet()) {
            claimTitle(titleYear(t.getKey(), film.year()), imdbSlot, slot, newSlot, t.getValue(), read);
        }
    }

    /** Links written so far ({@link CatalogStore.Table#NAME_LINKS}); the finisher numbers its own after them. */
    long nameLinks() {
        return links;
    }

    /**
     * A credit known by name only in one record that the merge gave the {@code nm} id of the other's credit of the
     * same name: that name and that person share this film (people rules, {@link PeopleRules}).
     */
    private void nameLinks(Film earlier, Film later, Film merged) {
        Map<String, String> imdb = new HashMap<>();
        for (Credit c : PeopleRules.credits(merged)) {
            if (PeopleRules.isImdb(c.personId())) {
                imdb.putIfAbsent(Text.fold(c.name()), c.personId());
            }
        }
        for (Film f : List.of(earlier, later)) {
            for (Credit c : PeopleRules.credits(f)) {
                String nm = PeopleRules.isImdb(c.personId()) ? null : imdb.get(Text.fold(c.name()));
                if (nm != null) {
                    store.put(NAME_LINKS, StoreKeys.grouped(Text.fold(c.name()), links++), StoreKeys.text(nm));
                }
            }
        }
    }

    private void count(Rule rule, Film earlier, Film later) {
        merged.merge(rule, 1L, Long::sum);
        listener.merged(rule, earlier, later);
    }

    /**
     * The candidates to compare, best first; and, for a film with an IMDb id, the best of the slots it is not
     * compared with: those whose film has another IMDb id ({@link Miss#IMDB_IDS} without reading them), kept for
     * the kept-apart count.
     */
    private record Candidates(List<Candidate> open, Candidate otherImdb) {
    }

    /**
     * Every slot under one of the film's title keys with a year at most one away, best first. A title-year's
     * slots are stored in two groups: slots whose film has an IMDb id, and the others. A film with an IMDb id
     * (every film of IMDb's dumps) reads only the slots of the others: the rest differ in id and cannot be the
     * same film, and reading each of them from the store made a full-size dump quadratic (a million episodes
     * called "Episode #1.1"); of the IMDb group it reads only the best slot, kept with the group.
     */
    private Candidates candidates(Film film, Map<String, Kind> titles, Map<String, byte[]> read) {
        boolean imdb = FilmMerger.isImdb(film.id());
        Map<Integer, Candidate> best = new HashMap<>();
        Candidate otherImdb = null;
        int[] distances = film.year() == null ? new int[] {0} : new int[] {0, -1, 1};
        for (Map.Entry<String, Kind> t : titles.entrySet()) {
            for (int d : distances) {
                Integer year = film.year() == null ? null : film.year() + d;
                String key = titleYear(t.getKey(), year);
                for (Candidate c : entries(get(FILM_TITLE_YEARS, key, read), d, t.getValue())) {
                    best.merge(c.slot(), c, FilmResolver::better);
                }
                byte[] lowest = get(FILM_TITLE_YEARS, imdbGroup(key), read);
                if (lowest == null) {
                    continue;
                }
                if (imdb) {
                    Candidate c = first(lowest, d, t.getValue());
                    otherImdb = otherImdb == null ? c : better(otherImdb, c);
                } else {
                    for (Candidate c : imdbEntries(key, d, t.getValue())) {
                        best.merge(c.slot(), c, FilmResolver::better);
                    }
                }
            }
        }
        List<Candidate> out = new ArrayList<>(best.values());
        out.sort(ORDER);
        return new Candidates(out, otherImdb);
    }

    /** The one of two candidates first in {@link #ORDER} (the first given on a tie). */
    private static Candidate better(Candidate a, Candidate b) {
        return ORDER.compare(a, b) <= 0 ? a : b;
    }

    /** A title-year's stored slots as candidates for a title form of {@code kind} at year distance {@code d}. */
    private static List<Candidate> entries(byte[] value, int d, Kind kind) {
        if (value == null) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>(value.length / (Integer.BYTES + 1));
        ByteBuffer entries = ByteBuffer.wrap(value);
        while (entries.hasRemaining()) {
            int slot = entries.getInt();
            Kind stored = Kind.values()[entries.get()];
            out.add(new Candidate(slot, Math.abs(d), stored.compareTo(kind) > 0 ? stored : kind));
        }
        return out;
    }

    /**
     * Every slot of a title-year's IMDb group as a candidate for a title form of {@code kind} at year distance
     * {@code d}: a prefix scan of its entries.
     */
    private List<Candidate> imdbEntries(String titleYear, int d, Kind kind) {
        List<Candidate> out = new ArrayList<>();
        try (CatalogStore.Seeker seeker = store.seeker(FILM_TITLE_YEARS)) {
            CatalogStore.Cursor entries = seeker.seek(StoreKeys.groupPrefix(imdbGroup(titleYear)));
            while (entries.next()) {
                Kind stored = Kind.values()[entries.value()[0]];
                out.add(new Candidate((int) StoreKeys.member(entries.key()), Math.abs(d),
                        stored.compareTo(kind) > 0 ? stored : kind));
            }
        }
        return out;
    }

    /**
     * The best slot of a title-year's IMDb group for a title form of {@code kind} at year distance {@code d}, from
     * the group's lowest slot of each stored kind ({@link #lowestSlots}): a slot's kind as a candidate is the later
     * of its stored kind and {@code kind}, so among the slots of one stored kind the lowest is best, and the best
     * of those is the best of the group.
     */
    private static Candidate first(byte[] lowest, int d, Kind kind) {
        Candidate out = null;
        ByteBuffer slots = ByteBuffer.wrap(lowest);
        for (Kind stored : Kind.values()) {
            int slot = slots.getInt();
            if (slot >= 0) {
                Candidate c = new Candidate(slot, Math.abs(d), stored.compareTo(kind) > 0 ? stored : kind);
                out = out == null ? c : better(out, c);
            }
        }
        return out;
    }

    /**
     * A title-year IMDb group's lowest slot of each kind, in {@link Kind} order (-1: none), once {@code slot} of
     * {@code kind} is added; the same array when that changes nothing.
     */
    private static byte[] lowestSlots(byte[] lowest, int slot, Kind kind) {
        ByteBuffer slots = ByteBuffer.allocate(Kind.values().length * Integer.BYTES);
        if (lowest == null) {
            for (Kind k : Kind.values()) {
                slots.putInt(-1);
            }
        } else {
            slots.put(lowest);
        }
        int at = kind.ordinal() * Integer.BYTES;
        int old = slots.getInt(at);
        if (old >= 0 && old <= slot) {
            return lowest;
        }
        slots.putInt(at, slot);
        return slots.array();
    }

    private static String titleYear(String titleKey, Integer year) {
        return titleKey + "|" + (year == null ? "" : year);
    }

    /** The group of a title-year's slots whose film has an IMDb id (its lowest slots; its entries under it). */
    private static String imdbGroup(String titleYear) {
        return titleYear + "|imdb";
    }

    private Film film(int slot) {
        return FILM.decode(store.get(FILMS, StoreKeys.number(slot)));
    }

    /** A look-up, read once per film (the film's own claims update what it read). */
    private byte[] get(CatalogStore.Table table, String key, Map<String, byte[]> read) {
        String cacheKey = table.name() + ":" + key;
        if (read.containsKey(cacheKey)) {
            return read.get(cacheKey);
        }
        byte[] value = store.get(table, StoreKeys.text(key));
        read.put(cacheKey, value);
        return value;
    }

    private static Integer owner(byte[] value) {
        return value == null ? null : ByteBuffer.wrap(value).getInt();
    }

    /** The first film to bring an id key owns it. */
    private void claimId(String key, int slot, Map<String, byte[]> read) {
        if (get(FILM_KEYS, key, read) == null) {
            byte[] value = ByteBuffer.allocate(Integer.BYTES).putInt(slot).array();
            store.put(FILM_KEYS, StoreKeys.text(key), value);
            read.put(FILM_KEYS.name() + ":" + key, value);
        }
    }

    /**
     * Adds the slot to a title-year key's slots, once (in either group), with how its first key there was derived:
     * to the IMDb group when its film has an IMDb id (a film keeps one once it has it, {@link FilmMerger}). A new
     * slot is in no group yet.
     */
    private void claimTitle(String titleYear, boolean imdbSlot, int slot, boolean newSlot, Kind kind,
            Map<String, byte[]> read) {
        String imdbGroup = imdbGroup(titleYear);
        byte[] entry = StoreKeys.grouped(imdbGroup, slot);
        if (!newSlot && (holds(get(FILM_TITLE_YEARS, titleYear, read), slot)
                || store.get(FILM_TITLE_YEARS, entry) != null)) {
            return;
        }
        if (imdbSlot) {
            store.put(FILM_TITLE_YEARS, entry, new byte[] {(byte) kind.ordinal()});
            byte[] old = get(FILM_TITLE_YEARS, imdbGroup, read);
            byte[] lowest = lowestSlots(old, slot, kind);
            if (lowest != old) {
                store.put(FILM_TITLE_YEARS, StoreKeys.text(imdbGroup), lowest);
                read.put(FILM_TITLE_YEARS.name() + ":" + imdbGroup, lowest);
            }
            return;
        }
        byte[] old = get(FILM_TITLE_YEARS, titleYear, read);
        int size = old == null ? 0 : old.length;
        ByteBuffer value = ByteBuffer.allocate(size + Integer.BYTES + 1);
        if (old != null) {
            value.put(old);
        }
        value.putInt(slot).put((byte) kind.ordinal());
        store.put(FILM_TITLE_YEARS, StoreKeys.text(titleYear), value.array());
        read.put(FILM_TITLE_YEARS.name() + ":" + titleYear, value.array());
    }

    private static boolean holds(byte[] value, int slot) {
        if (value == null) {
            return false;
        }
        ByteBuffer entries = ByteBuffer.wrap(value);
        while (entries.hasRemaining()) {
            if (entries.getInt() == slot) {
                return true;
            }
            entries.get();
        }
        return false;
    }
}
