package dev.filmsearch.catalog;

import dev.filmsearch.model.Alias;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges two records of the same film ({@link FilmResolver} decides which are) into one. The rule, also in
 * docs/indexing.md:
 * <ul>
 *   <li>id: the IMDb {@code tt} id if either has one, else the first record's id;</li>
 *   <li>rating and votes: both from the record with more votes (so they stay from the same source);</li>
 *   <li>plot: the longer one; other single values (titles, year, dates, runtime, awards): the first record's,
 *       filled in from the second where the first has none;</li>
 *   <li>lists (genres, languages, countries, keywords): union in first-seen order, compared without case or
 *       accents; directors, writers and cast: union by person (id, else folded name), a missing character
 *       filled in from the second record; related films: union; aliases: union by (title, region, language);</li>
 *   <li>title type and an episode's series: the first record's, else the second's;</li>
 *   <li>title: the first record's, unless it is the second's with its article put behind ("Boot, Das" against
 *       "Das Boot"); a record's title that is none of the merged film's titles becomes an alias.</li>
 * </ul>
 * "First" is reading order, and the corpus is read in sorted path order, so the result is deterministic.
 */
public final class FilmMerger {

    public Film merge(Film a, Film b) {
        Film byVotes = votes(b) > votes(a) ? b : a;
        String id = isImdb(a.id()) ? a.id() : isImdb(b.id()) ? b.id() : a.id();
        String title = title(a.title(), b.title());
        return new Film(id, title, first(a.originalTitle(), b.originalTitle()), first(a.year(), b.year()),
                first(a.releaseDate(), b.releaseDate()),
                a.releaseDate() != null ? a.releaseCountry() : b.releaseCountry(),
                unionText(a.genres(), b.genres()), unionCredits(a.directors(), b.directors()),
                unionCredits(a.writers(), b.writers()), unionCast(a.cast(), b.cast()),
                byVotes.rating() != null ? byVotes.rating() : first(a.rating(), b.rating()),
                byVotes.rating() != null ? byVotes.votes() : first(a.votes(), b.votes()),
                first(a.runtimeMinutes(), b.runtimeMinutes()), unionText(a.languages(), b.languages()),
                unionText(a.countries(), b.countries()), longer(a.plot(), b.plot()),
                unionText(a.keywords(), b.keywords()), first(a.awards(), b.awards()),
                union(a.related(), b.related(), r -> r.id() != null ? r.id() : Objects.toString(r.plot()) + r.rating()),
                first(a.titleType(), b.titleType()),
                aliases(a, b, title), first(a.episodeOf(), b.episodeOf()));
    }

    /** The first title, unless it is the other put behind its article ("Boot, Das" gives way to "Das Boot"). */
    private static String title(String a, String b) {
        String plain = TitleVariants.uninverted(a);
        return plain != null && Text.titleKey(plain).equals(Text.titleKey(b)) ? b : a;
    }

    /**
     * The union of both films' aliases, then each record's title that is none of the merged film's look-up titles
     * (so a review naming a film by the other source's title still finds it, and so does a search).
     */
    private static List<Alias> aliases(Film a, Film b, String title) {
        List<Alias> out = union(a.aliases(), b.aliases(), x -> x.title() + "|" + x.region() + "|" + x.language());
        Set<String> keys = new HashSet<>();
        keys.add(Text.titleKey(title));
        if (a.originalTitle() != null) {
            keys.add(Text.titleKey(a.originalTitle()));
        }
        out.forEach(x -> keys.add(Text.titleKey(x.title())));
        for (String t : List.of(a.title(), b.title())) {
            if (keys.add(Text.titleKey(t))) {
                out.add(Alias.of(t));
            }
        }
        return out;
    }

    static boolean isImdb(String id) {
        return Ids.imdbTitleId(id) != null && Ids.imdbTitleId(id).equals(id);
    }

    private static long votes(Film f) {
        return f.votes() == null ? -1 : f.votes();
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static String longer(String a, String b) {
        if (a == null) {
            return b;
        }
        return b != null && b.length() > a.length() ? b : a;
    }

    private static List<String> unionText(List<String> a, List<String> b) {
        return union(a, b, Text::fold);
    }

    /** Union by folded name; an IMDb person id replaces a name slug for the same name. */
    private static List<Credit> unionCredits(List<Credit> a, List<Credit> b) {
        Map<String, Credit> out = new LinkedHashMap<>();
        for (Credit c : a) {
            out.putIfAbsent(Text.fold(c.name()), c);
        }
        for (Credit c : b) {
            out.merge(Text.fold(c.name()), c,
                    (old, add) -> isPersonImdb(old.personId()) || !isPersonImdb(add.personId()) ? old
                            : new Credit(add.personId(), old.name()));
        }
        return new ArrayList<>(out.values());
    }

    private static List<CastMember> unionCast(List<CastMember> a, List<CastMember> b) {
        Map<String, CastMember> byName = new LinkedHashMap<>();
        for (CastMember c : a) {
            byName.putIfAbsent(Text.fold(c.name()), c);
        }
        for (CastMember c : b) {
            byName.merge(Text.fold(c.name()), c, (old, add) -> {
                String personId = isPersonImdb(old.personId()) ? old.personId() : add.personId();
                String character = old.character() != null ? old.character() : add.character();
                return new CastMember(personId, old.name(), character);
            });
        }
        return new ArrayList<>(byName.values());
    }

    private static boolean isPersonImdb(String id) {
        return id != null && id.equals(Ids.imdbNameId(id));
    }

    private static <T> List<T> union(List<T> a, List<T> b, Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T t : a) {
            out.putIfAbsent(key.apply(t), t);
        }
        for (T t : b) {
            out.putIfAbsent(key.apply(t), t);
        }
        return new ArrayList<>(out.values());
    }
}
