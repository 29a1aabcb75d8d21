package dev.filmsearch.corpus.normalise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.BiConsumer;

/**
 * Standard country and language names: the JDK's ISO 3166 countries and ISO 639 languages with their English
 * names, plus the table beside this class ({@code countries.tsv}, {@code languages.tsv}) for other spellings,
 * names the JDK does not have and codes it does not list. Every code is known by, in this order (a spelling is
 * the first code's that has it at the best rank, {@link Rank}): the table's spellings and its standard name, the
 * JDK's English name, its codes, its Spanish name, and (languages) its name in itself.
 */
public final class StandardNames {
    static final String COUNTRIES = "countries.tsv";
    static final String LANGUAGES = "languages.tsv";
    private static final Locale SPANISH = Locale.of("es");

    private StandardNames() {
    }

    /** Where a spelling comes from, most authoritative first: a spelling of one code never takes another's better one. */
    enum Rank { TABLE, ENGLISH, CODE, SPANISH, OWN }

    record Spelling(Rank rank, String text) {
    }

    /** One code's entry: its standard name and every spelling it is known by. */
    record Entry(String code, String name, List<Spelling> spellings) {
    }

    /** Countries: "USA", "United States of America", "EE.UU.", "us", "USA" → "United States". */
    public static NameTable countries() {
        return table(countryEntries()).build();
    }

    /** Languages: "en", "eng", "English", "Inglés" → "English". */
    public static NameTable languages() {
        return table(languageEntries()).build();
    }

    /**
     * The words each language is known by, spelling → standard name ("Español" → "Spanish"): the table's
     * spellings and standard names, the English, Spanish and own names, in that order of precedence (a spelling of
     * two languages is the first one's); never a code, as codes are also common words ("cat", "per", "may").
     */
    public static Map<String, String> languageSpellings() {
        Map<String, String> out = new LinkedHashMap<>();
        inRankOrder(languageEntries(), (spelling, entry) -> {
            if (spelling.rank() != Rank.CODE && entry.name() != null && !spelling.text().isBlank()) {
                out.putIfAbsent(spelling.text(), entry.name());
            }
        });
        return out;
    }

    static List<Entry> countryEntries() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            List<Spelling> spellings = new ArrayList<>();
            String name = standardCountryName(country.getDisplayCountry(Locale.ENGLISH));
            spellings.add(new Spelling(Rank.ENGLISH, country.getDisplayCountry(Locale.ENGLISH)));
            spellings.add(new Spelling(Rank.ENGLISH, name));
            spellings.add(new Spelling(Rank.CODE, code));
            spellings.add(new Spelling(Rank.CODE, iso3Country(country)));
            spellings.add(new Spelling(Rank.SPANISH, country.getDisplayCountry(SPANISH)));
            entries.put(code, new Entry(code, name, spellings));
        }
        return withTable(entries, COUNTRIES);
    }

    static List<Entry> languageEntries() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String code : Locale.getISOLanguages()) {
            entries.put(code, languageEntry(code));
        }
        return withTable(entries, LANGUAGES);
    }

    private static Entry languageEntry(String code) {
        Locale language = Locale.of(code);
        List<Spelling> spellings = new ArrayList<>();
        String english = language.getDisplayLanguage(Locale.ENGLISH);
        spellings.add(new Spelling(Rank.ENGLISH, english));
        spellings.add(new Spelling(Rank.CODE, code));
        spellings.add(new Spelling(Rank.CODE, iso3Language(language)));
        spellings.add(new Spelling(Rank.SPANISH, language.getDisplayLanguage(SPANISH)));
        spellings.add(new Spelling(Rank.OWN, language.getDisplayLanguage(language)));
        return new Entry(code, english.equals(code) ? null : english, spellings);
    }

    /** "Bosnia & Herzegovina" → "Bosnia and Herzegovina", "St. Lucia" → "Saint Lucia"; ISO's way of writing them. */
    static String standardCountryName(String jdkName) {
        String name = jdkName.replace(" & ", " and ");
        return name.startsWith("St. ") ? "Saint " + name.substring(4) : name.replace(" St. ", " Saint ");
    }

    /** Adds the table's lines: more spellings of a JDK code, another standard name, or a code the JDK lacks. */
    private static List<Entry> withTable(Map<String, Entry> entries, String file) {
        for (String[] row : TableFile.read(file)) {
            if (row.length != 3) {
                throw new IllegalStateException(file + ": a line needs three columns: " + String.join("\t", row));
            }
            String code = row[0].strip();
            Entry known = entries.get(code);
            if (known == null && file.equals(LANGUAGES) && code.length() == 3) {
                known = languageEntry(code);
            }
            String name = !row[1].isBlank() ? row[1].strip() : known == null ? null : known.name();
            if (name == null) {
                throw new IllegalStateException(file + ": " + code + " needs a name: the JDK has none for it");
            }
            List<Spelling> spellings = new ArrayList<>();
            TableFile.list(row[2]).forEach(t -> spellings.add(new Spelling(Rank.TABLE, t)));
            spellings.add(new Spelling(Rank.TABLE, name));
            if (known != null) {
                spellings.addAll(known.spellings());
            }
            entries.put(code, new Entry(code, name, spellings));
        }
        return List.copyOf(entries.values());
    }

    /** Every code's spellings, rank by rank: so the table's spellings always decide, then the English names. */
    static NameTable.Builder table(List<Entry> entries) {
        NameTable.Builder table = new NameTable.Builder();
        inRankOrder(entries, (spelling, entry) -> table.add(spelling.text(), List.of(entry.name())));
        return table;
    }

    /** Every spelling of every entry, rank by rank ({@link Rank}'s order), entries in their order within a rank. */
    private static void inRankOrder(List<Entry> entries, BiConsumer<Spelling, Entry> each) {
        for (Rank rank : Rank.values()) {
            for (Entry entry : entries) {
                for (Spelling spelling : entry.spellings()) {
                    if (spelling.rank() == rank) {
                        each.accept(spelling, entry);
                    }
                }
            }
        }
    }

    private static String iso3Country(Locale country) {
        try {
            return country.getISO3Country();
        } catch (MissingResourceException e) {
            return "";
        }
    }

    private static String iso3Language(Locale language) {
        try {
            return language.getISO3Language();
        } catch (MissingResourceException e) {
            return "";
        }
    }
}
