package dev.filmsearch.server.search;

import dev.filmsearch.corpus.normalise.GenreVocabulary;
import dev.filmsearch.corpus.normalise.StandardNames;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Text;
import dev.filmsearch.schema.FacetSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the plain words of a query that name one of the index's own facet values as {@link Interpretation}s:
 * "almodovar 90s drama" → Director: Pedro Almodovar, Decade: 1990s, Genre: Drama; "spanish thriller 2006" →
 * Language: Spanish, Genre: Thriller/Suspense, Year: 2006. Built once per index reader from
 * its facet values (see {@link ReaderState}); {@link #interpret} does only map look-ups and the one title test it is
 * given, and that only when something was read. The rules, in the order each run of words is tried (longest run first, runs never overlap):
 * <ol>
 *   <li>a director's whole name of two words or more, folded ("pedro almodovar" for "Pedro Almodóvar"; up to
 *       {@value #MAX_RUN} words);</li>
 *   <li>a genre: its name ("drama", "film noir"), its English plural ("dramas", "comedies"), one of its other
 *       names in the corpus readers' genre table ({@link GenreVocabulary#otherNames}: "comedia", "terror",
 *       "science fiction"), or one part of a name with a slash ("thriller" for "Thriller/Suspense") when that part
 *       names one genre only;</li>
 *   <li>a film language: its name ("spanish", "mandarin chinese") or another name it is known by in the corpus
 *       readers' language table ({@link StandardNames#languageSpellings}: "español", "castellano", "francais"),
 *       of at least three letters and not a stop word, a genre or a type word;</li>
 *   <li>a decade: "90s", "'90s", "90's", "1990s", "años 90", "los 90" (of two decades ending so, the one with more
 *       records);</li>
 *   <li>a year from {@value #MIN_YEAR} to {@value #MAX_YEAR} that some record has;</li>
 *   <li>a record type, plural only: "films", "movies", "people", "reviews", "quotes" and their Spanish names;</li>
 *   <li>the end of a director's name ("almodovar", "de palma"), or a one-word name, when it ends the name of exactly
 *       one director, who has at least {@value #MIN_SURNAME_COUNT} records, and is at least three letters long and
 *       not a number, a stop word or a genre or type word.</li>
 * </ol>
 * Nothing is read when the whole query is a film's title ("drama" when a film is called Drama, "1941"), when it
 * uses OR or parentheses, or for a filter the search already has. Quoted phrases, field terms and {@code -}words are
 * never read and stay in the rewritten query. Immutable and thread-safe.
 */
final class QueryInterpreter {
    /** The fewest records a director named by surname alone must have. */
    static final int MIN_SURNAME_COUNT = 2;
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2030;
    /** The most words a run (a director's name, a genre) may have. */
    static final int MAX_RUN = 4;

    /** Other names of genres, for one genre each ("Comedia" → Comedy, "Terror" → Horror): the corpus readers' table. */
    private static final Map<String, List<String>> GENRE_NAMES = GenreVocabulary.otherNames();

    /** Plural record-type words, English and Spanish. */
    static final Map<String, RecordType> TYPE_WORDS = Map.ofEntries(
            Map.entry("films", RecordType.FILM), Map.entry("movies", RecordType.FILM),
            Map.entry("peliculas", RecordType.FILM), Map.entry("people", RecordType.PERSON),
            Map.entry("personas", RecordType.PERSON), Map.entry("reviews", RecordType.REVIEW),
            Map.entry("criticas", RecordType.REVIEW), Map.entry("resenas", RecordType.REVIEW),
            Map.entry("quotes", RecordType.QUOTE), Map.entry("citas", RecordType.QUOTE),
            Map.entry("frases", RecordType.QUOTE));

    /** What separates the words of a name: compiled once, as {@link #key} runs for every facet value. */
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{Alnum}]+");
    /**
     * The names of languages, the key ({@link #key}) of a spelling → the key of its standard name: the corpus readers'
     * table (codes left out), keyed once here rather than for every index reader.
     */
    private static final Map<String, String> LANGUAGE_NAMES = languageNames();
    private static final Set<String> DECADE_LEADS = Set.of("anos", "los", "decada");
    private static final Set<String> OPERATORS = Set.of("OR", "AND", "NOT", "||", "&&");

    private final Map<String, String> directors = new HashMap<>();
    private final Map<String, String> surnames = new HashMap<>();
    private final Map<String, String> genres = new HashMap<>();
    private final Map<String, String> languages = new HashMap<>();
    private final Map<String, Long> decades = new HashMap<>();
    private final Set<String> years = new HashSet<>();
    private final Set<String> types = new HashSet<>();

    /**
     * @param facet every value of a facet dimension with its count, most frequent first (as
     *              {@link ReaderState#entries})
     */
    QueryInterpreter(Function<String, List<ReaderState.Entry>> facet) {
        Map<String, Long> nameCounts = new HashMap<>();
        for (ReaderState.Entry e : facet.apply(FacetSchema.DIRECTOR)) {
            String key = key(e.value());
            if (!key.isEmpty() && key.split(" ").length <= MAX_RUN) {
                directors.putIfAbsent(key, e.value()); // fold-equal spellings: the most frequent stands for all
                nameCounts.merge(key, e.count(), Long::sum);
            }
        }
        Map<String, String> genreByKey = new HashMap<>();
        for (ReaderState.Entry e : facet.apply(FacetSchema.GENRE)) {
            genreByKey.putIfAbsent(key(e.value()), e.value());
        }
        genres.putAll(genreByKey);
        GENRE_NAMES.forEach((genre, names) -> {
            String value = genreByKey.get(key(genre));
            for (String name : value == null ? List.<String>of() : names) {
                genres.putIfAbsent(key(name), value);
            }
        });
        genreByKey.forEach((key, value) -> {
            if (!key.contains(" ")) { // English plurals: dramas, comedies
                genres.putIfAbsent(key.endsWith("y") ? key.substring(0, key.length() - 1) + "ies" : key + "s", value);
            }
        });
        Map<String, Set<String>> partOf = new HashMap<>();
        for (ReaderState.Entry e : facet.apply(FacetSchema.GENRE)) {
            for (String part : e.value().split("/")) {
                partOf.computeIfAbsent(key(part), k -> new HashSet<>()).add(e.value());
            }
        }
        partOf.forEach((part, values) -> {
            if (!part.isEmpty() && values.size() == 1) {
                genres.putIfAbsent(part, values.iterator().next());
            }
        });
        Map<String, String> languageByKey = new HashMap<>();
        for (ReaderState.Entry e : facet.apply(FacetSchema.LANGUAGE)) {
            languageByKey.putIfAbsent(key(e.value()), e.value());
        }
        languageByKey.forEach(this::addLanguageWord);
        LANGUAGE_NAMES.forEach((spelling, name) -> {
            String value = languageByKey.get(name);
            if (value != null) {
                addLanguageWord(spelling, value);
            }
        });
        Map<String, Set<String>> byEnding = new HashMap<>();
        nameCounts.forEach((name, count) -> {
            String[] words = name.split(" ");
            for (int from = words.length == 1 ? 0 : 1; from < words.length; from++) {
                byEnding.computeIfAbsent(String.join(" ", List.of(words).subList(from, words.length)),
                        k -> new HashSet<>()).add(name);
            }
        });
        byEnding.forEach((ending, names) -> {
            String name = names.iterator().next();
            if (names.size() == 1 && nameCounts.get(name) >= MIN_SURNAME_COUNT && ending.length() >= 3
                    && !MatchPolicy.isStopWord(ending) && !genres.containsKey(ending)
                    && !languages.containsKey(ending) && !TYPE_WORDS.containsKey(ending)
                    && !ending.chars().allMatch(Character::isDigit)) {
                surnames.put(ending, directors.get(name));
            }
        });
        for (ReaderState.Entry e : facet.apply(FacetSchema.DECADE)) {
            decades.put(e.value(), e.count());
        }
        for (ReaderState.Entry e : facet.apply(FacetSchema.YEAR)) {
            years.add(e.value());
        }
        for (ReaderState.Entry e : facet.apply(FacetSchema.TYPE)) {
            types.add(e.value());
        }
    }

    private static Map<String, String> languageNames() {
        Map<String, String> out = new LinkedHashMap<>();
        StandardNames.languageSpellings().forEach((spelling, name) -> out.putIfAbsent(key(spelling), key(name)));
        return out;
    }

    /** A word for a language of the index, unless it is too short or already a stop word, genre or type word. */
    private void addLanguageWord(String key, String language) {
        if (key.length() >= 3 && key.split(" ").length <= MAX_RUN && !MatchPolicy.isStopWord(key)
                && !genres.containsKey(key) && !TYPE_WORDS.containsKey(key)) {
            languages.putIfAbsent(key, language);
        }
    }

    /**
     * The interpretations of {@code q}, in the order of their words.
     *
     * @param filters   the search's filters: a filter it already has is not offered again
     * @param filmTitle whether a title key ({@link Text#titleKey}) is the exact title of a film
     */
    List<Interpretation> interpret(String q, Filters filters, Predicate<String> filmTitle) {
        List<Unit> units = units(q);
        if (units.stream().noneMatch(Unit::word) || units.stream().anyMatch(u -> u.operator)) {
            return List.of();
        }
        List<Interpretation> out = new ArrayList<>();
        int i = 0;
        while (i < units.size()) {
            int run = 0;
            while (i + run < units.size() && units.get(i + run).word() && run < MAX_RUN) {
                run++;
            }
            Interpretation found = null;
            for (int n = run; n >= 1 && found == null; n--) {
                found = read(units, i, n, filters);
                if (found != null) {
                    out.add(found);
                    i += n;
                }
            }
            if (found == null) {
                i++;
            }
        }
        return out.isEmpty() || filmTitle.test(Text.titleKey(q)) ? List.of() : out; // the title test only when needed
    }

    /** The interpretation of units [from, from + n), or null. */
    private Interpretation read(List<Unit> units, int from, int n, Filters filters) {
        List<Unit> span = units.subList(from, from + n);
        String key = String.join(" ", span.stream().map(Unit::key).toList());
        String director = n > 1 ? directors.get(key) : null;
        if (director != null && !filters.directors().contains(director)) {
            return chip(units, from, n, FacetSchema.DIRECTOR, director, "Director: " + director, "director", director);
        }
        String genre = genres.get(key);
        if (genre != null) {
            return filters.genres().contains(genre) ? null
                    : chip(units, from, n, FacetSchema.GENRE, genre, "Genre: " + genre, "genre", genre);
        }
        String language = languages.get(key);
        if (language != null) {
            return filters.languages().contains(language) ? null
                    : chip(units, from, n, FacetSchema.LANGUAGE, language, "Language: " + language, "language",
                    language);
        }
        String decade = decade(span);
        if (decade != null) {
            int start = Integer.parseInt(decade.substring(0, 4));
            return !filters.years().isEmpty() ? null : chip(units, from, n, FacetSchema.DECADE, decade,
                    "Decade: " + decade, "year", start + ".." + (start + 9));
        }
        if (n == 1 && isYear(key)) {
            return !filters.years().isEmpty() ? null
                    : chip(units, from, n, FacetSchema.YEAR, key, "Year: " + key, "year", key);
        }
        RecordType type = n == 1 ? TYPE_WORDS.get(key) : null;
        if (type != null && types.contains(type.label())) {
            return !filters.types().isEmpty() ? null : chip(units, from, n, FacetSchema.TYPE, type.label(),
                    "Type: " + plural(type), "type", type.label());
        }
        String surname = surnames.get(key);
        if (surname != null && !filters.directors().contains(surname)) {
            return chip(units, from, n, FacetSchema.DIRECTOR, surname, "Director: " + surname, "director", surname);
        }
        return null;
    }

    private static Interpretation chip(List<Unit> units, int from, int n, String dimension, String value,
                                       String label, String param, String paramValue) {
        List<String> words = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            if (i >= from && i < from + n) {
                words.add(units.get(i).text());
            } else {
                rest.append(rest.isEmpty() ? "" : " ").append(units.get(i).text());
            }
        }
        return new Interpretation(dimension, value, label, words, rest.toString(), Map.of(param, paramValue));
    }

    /** The index's decade a run of one or two words names ("90s", "1990s", "años 90"), or null. */
    private String decade(List<Unit> span) {
        String digits;
        if (span.size() == 2 && DECADE_LEADS.contains(span.get(0).key())) {
            digits = span.get(1).key();
            digits = digits.endsWith("s") ? digits.substring(0, digits.length() - 1) : digits;
        } else if (span.size() == 1 && span.get(0).key().endsWith("s")) {
            digits = span.get(0).key().substring(0, span.get(0).key().length() - 1);
        } else {
            return null;
        }
        if (!digits.chars().allMatch(Character::isDigit) || !digits.endsWith("0")
                || digits.length() != 2 && digits.length() != 4) {
            return null;
        }
        if (digits.length() == 4) {
            return decades.containsKey(digits + "s") ? digits + "s" : null;
        }
        String nineteen = "19" + digits + "s";
        String twenty = "20" + digits + "s";
        long a = decades.getOrDefault(nineteen, 0L);
        long b = decades.getOrDefault(twenty, 0L);
        return a == 0 && b == 0 ? null : a >= b ? nineteen : twenty;
    }

    private boolean isYear(String key) {
        if (key.length() != 4 || !key.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(key);
        return year >= MIN_YEAR && year <= MAX_YEAR && years.contains(key);
    }

    private static String plural(RecordType type) {
        return switch (type) {
            case FILM -> "Films";
            case PERSON -> "People";
            case REVIEW -> "Reviews";
            case QUOTE -> "Quotes";
        };
    }

    /** Folded, accent-free words of a name joined by one space: "Pedro Almodóvar" → "pedro almodovar". */
    static String key(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : NOT_ALNUM.split(Text.fold(name))) {
            if (!word.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(word);
            }
        }
        return out.toString();
    }

    /**
     * A piece of the query between spaces, or a quoted phrase; {@code key} is its folded form without apostrophes
     * and trailing punctuation, {@code word} whether it is a plain word that may be read.
     */
    private record Unit(String text, String key, boolean word, boolean operator) {
    }

    private static List<Unit> units(String q) {
        List<Unit> out = new ArrayList<>();
        int n = q.length();
        int i = 0;
        while (i < n) {
            if (Character.isWhitespace(q.charAt(i)) || Character.isSpaceChar(q.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            if (q.charAt(i) == '"') {
                int close = q.indexOf('"', i + 1);
                i = close < 0 ? n : close + 1;
            } else {
                while (i < n && !Character.isWhitespace(q.charAt(i)) && !Character.isSpaceChar(q.charAt(i))) {
                    i++;
                }
            }
            String text = q.substring(start, i);
            String key = Text.fold(strip(text)).replace("'", "").replace("\u2019", "");
            boolean word = !key.isEmpty() && key.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c));
            boolean operator = OPERATORS.contains(text) || text.indexOf('(') >= 0 || text.indexOf(')') >= 0;
            out.add(new Unit(text, key.toLowerCase(Locale.ROOT), word, operator));
        }
        return out;
    }

    /** Without trailing sentence punctuation ("drama," → "drama"). */
    private static String strip(String text) {
        int end = text.length();
        while (end > 0 && ",.;!?".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
