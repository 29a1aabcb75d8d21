package dev.filmsearch.corpus.normalise;

import dev.filmsearch.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * From every known spelling of a value to its standard name(s). Spellings are compared by {@link #key}: letters
 * and digits only, case and accents ignored, "&" read as "and". A value that is not a known spelling as a whole is
 * split at {@code , ; / | +} ("Thriller/Suspense", "USA, United States of America"), and a part that is not known
 * as a whole at {@code &} and the words "and" / "y" ("Action & Adventure", but "Bosnia & Herzegovina, Croatia"
 * keeps Bosnia whole); when every part is known, the parts' names, each once, stand for it.
 */
public final class NameTable {
    /** Between values of a list: "USA, United States of America", "Thriller/Suspense". */
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;/|+]");
    /** Inside one part of a list: "Action & Adventure", "Acción y aventura" (after the whole part is tried). */
    private static final Pattern AND = Pattern.compile("&|\\s(?:and|y)\\s", Pattern.CASE_INSENSITIVE);

    private final Map<String, List<String>> byKey;

    private NameTable(Map<String, List<String>> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The key two spellings are compared by: "Film-Noir", "film noir" → "filmnoir"; "Bosnia & Herzegovina" → "bosniaandherzegovina". */
    public static String key(String value) {
        return Text.titleKey(value.replace("&", " and "));
    }

    /** The standard names of a value, whole or split into known parts; empty when it is not known. */
    public Optional<List<String>> resolve(String value) {
        List<String> whole = byKey.get(key(value));
        if (whole != null) {
            return Optional.of(whole);
        }
        Set<String> names = new LinkedHashSet<>();
        String[] parts = LIST_SEPARATORS.split(value);
        if (parts.length > 1) {
            for (String part : parts) {
                List<String> known = byKey.get(key(part));
                if (known == null && !addParts(AND.split(part), names)) {
                    return Optional.empty();
                }
                if (known != null) {
                    names.addAll(known);
                }
            }
            return Optional.of(List.copyOf(names));
        }
        return addParts(AND.split(value), names) ? Optional.of(List.copyOf(names)) : Optional.empty();
    }

    /** Adds the names of every part; false (and adds nothing that matters) when one part is unknown or blank. */
    private boolean addParts(String[] parts, Set<String> names) {
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            List<String> known = byKey.get(key(part));
            if (known == null) {
                return false;
            }
            names.addAll(known);
        }
        return true;
    }

    /** How many spellings the table knows. */
    public int size() {
        return byKey.size();
    }

    /** Collects spellings; the first mapping of a key wins, so the more authoritative spellings go in first. */
    static final class Builder {
        private final Map<String, List<String>> byKey = new HashMap<>();
        private final List<String> clashes = new ArrayList<>();

        /** Adds a spelling unless its key is taken; a key taken by other names is recorded as a clash. */
        Builder add(String spelling, List<String> names) {
            String key = key(spelling);
            if (key.isEmpty()) {
                return this;
            }
            List<String> before = byKey.putIfAbsent(key, List.copyOf(names));
            if (before != null && !before.equals(names)) {
                clashes.add(spelling + " → " + names + " (kept " + before + ")");
            }
            return this;
        }

        /** Spellings whose key an earlier spelling of other names had taken. */
        List<String> clashes() {
            return List.copyOf(clashes);
        }

        NameTable build() {
            return new NameTable(byKey);
        }
    }
}
