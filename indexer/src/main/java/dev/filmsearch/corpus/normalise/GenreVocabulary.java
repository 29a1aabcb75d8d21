package dev.filmsearch.corpus.normalise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The genre vocabulary ({@code genres.tsv}): IMDb's 28 genres, then the genres of other sources that IMDb has
 * none for, and every spelling the readers have met mapped to one or more of them.
 */
public final class GenreVocabulary {
    static final String FILE = "genres.tsv";

    private GenreVocabulary() {
    }

    /** The vocabulary's genres in the table's order: IMDb's 28 first. */
    public static List<String> genres() {
        List<String> genres = new ArrayList<>();
        for (String[] row : TableFile.read(FILE)) {
            if (row[0].startsWith("= ")) {
                genres.add(row[0].substring(2).strip());
            }
        }
        return List.copyOf(genres);
    }

    /**
     * The other names of each genre, for searching: every spelling that maps to that genre alone ("Science
     * Fiction" and "Ciencia ficción" for Sci-Fi, "Comedia" for Comedy), in the table's order. Spellings that name
     * several genres ("Romantic Comedy") are left out: they would make a one-genre film match a compound's words.
     */
    public static Map<String, List<String>> otherNames() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String[] row : TableFile.read(FILE)) {
            if (!row[0].startsWith("= ") && row.length == 2) {
                List<String> genres = TableFile.list(row[1]);
                if (genres.size() == 1) {
                    names.computeIfAbsent(genres.getFirst(), g -> new ArrayList<>()).add(row[0].strip());
                }
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        names.forEach((genre, list) -> frozen.put(genre, List.copyOf(list)));
        return Collections.unmodifiableMap(frozen);
    }

    /**
     * Every spelling of the table, then every genre under its own name (a spelling line may give a genre more
     * names: "Black Comedy" is Black Comedy and Comedy).
     */
    public static NameTable table() {
        NameTable.Builder table = new NameTable.Builder();
        Set<String> vocabulary = new LinkedHashSet<>(genres());
        for (String[] row : TableFile.read(FILE)) {
            if (row[0].startsWith("= ")) {
                continue;
            }
            if (row.length != 2) {
                throw new IllegalStateException(FILE + ": a spelling line needs two columns: " + String.join("\t", row));
            }
            List<String> names = TableFile.list(row[1]);
            if (names.isEmpty() || !vocabulary.containsAll(names)) {
                throw new IllegalStateException(FILE + ": " + row[0] + " maps to a genre outside the vocabulary: "
                        + row[1]);
            }
            table.add(row[0], names);
        }
        vocabulary.forEach(g -> table.add(g, List.of(g)));
        return table.build();
    }
}
