package dev.filmsearch.server.relevance;

import dev.filmsearch.server.search.Hit;

import dev.filmsearch.model.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A labelled query: what a user types, the records that answer it, and the kind of need it stands for. Read from
 * a TSV file: {@code query<TAB>targets<TAB>category}, {@code #} starts a comment line. Targets are separated by
 * {@code " | "}; any of them counts as an answer:
 * <ul>
 *   <li>{@code film:tt0068646} — the film with that id</li>
 *   <li>{@code film:The Godfather (1972)} — a film with that title (compared as {@link Text#titleKey}) and year</li>
 *   <li>{@code person:Francis Ford Coppola} — the person with that name</li>
 *   <li>{@code quote:The Godfather} — a quote from that film (by its film's title), or the film itself</li>
 *   <li>{@code review:El Orfanato} — a review of that film (by the film title the review gives)</li>
 * </ul>
 */
public record Judgment(String query, List<Target> targets, String category, int line) {
    private static final Pattern TITLE_YEAR = Pattern.compile("(.+?)\\s*\\((\\d{4})\\)");

    /** One acceptable answer. */
    public sealed interface Target permits FilmTarget, PersonTarget, QuoteTarget, ReviewTarget {
        boolean matches(Hit hit);

        /** The {@link Text#titleKey} of the title or name the target gives, null for a film given by id. */
        String labelKey();
    }

    public record FilmTarget(String id, String titleKey, Integer year) implements Target {
        @Override
        public boolean matches(Hit hit) {
            if (!hit.type().equals("film")) {
                return false;
            }
            if (id != null) {
                return id.equals(hit.id());
            }
            return titleKey.equals(Text.titleKey(hit.title())) && (year == null || year.equals(hit.year()));
        }

        @Override
        public String labelKey() {
            return titleKey;
        }
    }

    public record PersonTarget(String nameKey) implements Target {
        @Override
        public boolean matches(Hit hit) {
            return hit.type().equals("person") && nameKey.equals(Text.titleKey(hit.title()));
        }

        @Override
        public String labelKey() {
            return nameKey;
        }
    }

    public record QuoteTarget(String filmTitleKey) implements Target {
        @Override
        public boolean matches(Hit hit) {
            if (hit.type().equals("quote")) {
                return hit.film() != null && filmTitleKey.equals(Text.titleKey(hit.film().title()));
            }
            return hit.type().equals("film") && filmTitleKey.equals(Text.titleKey(hit.title()));
        }

        @Override
        public String labelKey() {
            return filmTitleKey;
        }
    }

    public record ReviewTarget(String filmTitleKey) implements Target {
        @Override
        public boolean matches(Hit hit) {
            return hit.type().equals("review") && hit.film() != null
                    && filmTitleKey.equals(Text.titleKey(hit.film().title()));
        }

        @Override
        public String labelKey() {
            return filmTitleKey;
        }
    }

    public boolean answeredBy(Hit hit) {
        return targets.stream().anyMatch(t -> t.matches(hit));
    }

    /**
     * Whether {@code text} spells (part of) an answer's title or name: its {@link Text#titleKey} is not empty and is
     * in the key of a target ("godfather" for The Godfather, "forrest gump" for Forrest Gump).
     */
    public boolean spelledBy(String text) {
        String key = Text.titleKey(text);
        return !key.isEmpty() && targets.stream().anyMatch(t -> t.labelKey() != null && t.labelKey().contains(key));
    }

    public static List<Judgment> read(InputStream in) {
        List<Judgment> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 3) {
                    throw new IllegalArgumentException("line " + n + ": expected query, targets and category");
                }
                List<Target> targets = new ArrayList<>();
                for (String t : cols[1].split(" \\| ")) {
                    targets.add(target(t.strip(), n));
                }
                out.add(new Judgment(cols[0], targets, cols[2].strip(), n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Target target(String text, int line) {
        int colon = text.indexOf(':');
        String kind = colon < 0 ? "" : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1).strip();
        return switch (kind) {
            case "film" -> {
                if (value.matches("tt\\d{7,}")) {
                    yield new FilmTarget(value, null, null);
                }
                Matcher m = TITLE_YEAR.matcher(value);
                yield m.matches() ? new FilmTarget(null, Text.titleKey(m.group(1)), Integer.parseInt(m.group(2)))
                        : new FilmTarget(null, Text.titleKey(value), null);
            }
            case "person" -> new PersonTarget(Text.titleKey(value));
            case "quote" -> new QuoteTarget(Text.titleKey(value));
            case "review" -> new ReviewTarget(Text.titleKey(value));
            default -> throw new IllegalArgumentException("line " + line + ": unknown target '" + text + "'");
        };
    }
}
