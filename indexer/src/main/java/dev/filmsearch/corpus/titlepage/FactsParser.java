package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.model.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The free parts of a page: its header, the storyline, the details, and whatever follows a cast or related list.
 * Reads labelled facts ("Release Date:", "Country:", "Runtime:", "Genres:", "Plot Keywords:", "Director:",
 * "Writers:", "Stars:", "Ratings:"; the value on the same line or the next one), the awards line, an info bar
 * ("1h 40min | Documentary, History | 5 September 2007 (USA)") and plot paragraphs. Labels it does not model
 * ("Filming Locations:", "Sound Mix:", …) are passed over with their value. Other lines are page furniture or
 * sections the model has no place for, and are left out.
 */
final class FactsParser {

    /** Which paragraphs of running text are the film's plot. */
    enum Prose {
        /** The page header: its running text is the plot summary. */
        SUMMARY,
        /** A "Storyline" section: its running text is the plot. */
        STORYLINE,
        /** Elsewhere, only a paragraph followed by storyline furniture ("Plot Summary | Add Synopsis"). */
        MARKED
    }

    private static final Pattern LABEL = Pattern.compile("(?<label>[A-Za-z][A-Za-z ()/]{0,40}?):\\s*(?<value>.*)");
    private static final Set<String> OTHER_LABELS = Set.of("also known as", "filming locations", "sound mix", "color",
            "aspect ratio", "budget", "opening weekend", "gross", "cumulative worldwide gross", "production co",
            "official sites", "taglines", "certificate", "motion picture rating (mpaa)", "parents guide", "creator",
            "creators");
    private static final Pattern AWARDS = Pattern.compile(
            "(?:(?:Won|Nominated for) \\d+ [^.]+\\.(?: Another \\d+ wins?(?: & \\d+ nominations?)?\\.?)?"
                    + "|\\d+ wins?(?: & \\d+ nominations?)?\\.?|\\d+ nominations?\\.?)");
    private static final Pattern RUNTIME = Pattern.compile("(?:(?<hours>\\d+)\\s*h)?\\s*(?:(?<minutes>\\d+)\\s*min)?\\b.*");
    private static final Pattern RATINGS = Pattern.compile("(?<rating>\\d{1,2}(?:\\.\\d+)?)/10(?: from (?<votes>[\\d,]+) users)?.*");
    private static final Pattern DATED = Pattern.compile("(?<date>[^()]+?)(?:\\s*\\((?<country>[^()]+)\\))?");

    private final FilmFacts facts;
    private final ProblemReporter problems;

    FactsParser(FilmFacts facts, ProblemReporter problems) {
        this.facts = facts;
        this.problems = problems;
    }

    void parse(List<PageLine> lines, Prose prose) {
        int i = 0;
        while (i < lines.size()) {
            PageLine line = lines.get(i);
            if (line.blank()) {
                i++;
                continue;
            }
            String text = line.text();
            Optional<Matcher> label = knownLabel(text);
            if (label.isPresent()) {
                String value = Furniture.strip(label.get().group("value"));
                int next = nextContent(lines, i + 1);
                if (value.isEmpty() && next < lines.size() && isValue(lines.get(next).text())) {
                    value = Furniture.strip(lines.get(next).text());
                    i = next;
                }
                if (!value.isEmpty()) {
                    labelled(label.get().group("label").toLowerCase(Locale.ROOT), value, lines.get(i));
                }
                i++;
            } else if (awards(text) != null) {
                facts.awards(awards(text));
                i++;
            } else if (prose == Prose.SUMMARY && infoBar(text, line)) {
                i++;
            } else if (!isPlain(text)) {
                i++;
            } else {
                i = paragraph(lines, i, prose);
            }
        }
    }

    /** Reads the run of plain lines starting at {@code start} as one paragraph; returns the index after it. */
    private int paragraph(List<PageLine> lines, int start, Prose prose) {
        int end = start;
        StringBuilder text = new StringBuilder();
        while (end < lines.size() && !lines.get(end).blank() && isPlain(lines.get(end).text())) {
            text.append(text.isEmpty() ? "" : " ").append(lines.get(end).text());
            end++;
        }
        String paragraph = PageText.withoutTitleMarkup(Furniture.strip(text.toString()));
        if (PageText.isProse(paragraph)) {
            int next = nextContent(lines, end);
            boolean marked = next < lines.size() && isStorylineMark(lines.get(next).text());
            switch (prose) {
                case SUMMARY -> facts.summary(paragraph);
                case STORYLINE -> facts.storyline(paragraph);
                case MARKED -> {
                    if (marked) {
                        facts.storyline(paragraph);
                    }
                }
            }
        }
        return end;
    }

    private void labelled(String label, String value, PageLine line) {
        switch (label) {
            case "release date" -> release(value, line);
            case "country", "countries" -> facts.countries(PageText.split(value, "|,"));
            case "language", "languages" -> facts.languages(PageText.split(value, "|,"));
            case "genre", "genres" -> facts.genres(PageText.split(value, "|,"));
            case "plot keywords" -> facts.keywords(PageText.split(value, "|"));
            case "director", "directors" -> facts.directors(names(value));
            case "writer", "writers" -> facts.writers(names(value));
            case "star", "stars" -> facts.stars(names(value));
            case "runtime" -> runtime(value, line);
            case "ratings" -> ratings(value, line);
            default -> {
                // a label the model has no field for
            }
        }
    }

    private void release(String value, PageLine line) {
        Matcher m = DATED.matcher(value);
        Optional<LocalDate> date = m.matches() ? PageDates.parse(m.group("date")) : Optional.empty();
        if (date.isEmpty()) {
            problems.report(line.number(), "release date '" + value + "' is not a date");
        } else {
            facts.release(date.get(), Text.clean(m.group("country")));
        }
    }

    private void runtime(String value, PageLine line) {
        Integer minutes = minutes(value);
        if (minutes == null) {
            problems.report(line.number(), "runtime '" + value + "' is not in minutes");
        } else {
            facts.runtime(minutes);
        }
    }

    private void ratings(String value, PageLine line) {
        Matcher m = RATINGS.matcher(value);
        if (!m.matches()) {
            problems.report(line.number(), "rating '" + value + "' is not a rating out of 10");
            return;
        }
        String votes = m.group("votes");
        facts.rating(Double.parseDouble(m.group("rating")), votes == null ? null : Long.valueOf(votes.replace(",", "")));
    }

    /**
     * An info bar: parts separated by "|", each a runtime, a genre list, a release date with its country, or a
     * short certificate such as "PG-13"; at least one of the first three. Returns whether the line was one.
     */
    private boolean infoBar(String text, PageLine line) {
        List<String> parts = PageText.split(text, "|");
        if (parts.size() < 2) {
            return false;
        }
        int known = 0;
        for (String part : parts) {
            Matcher dated = DATED.matcher(part);
            boolean isDate = dated.matches() && PageDates.parse(dated.group("date")).isPresent();
            if (minutes(part) != null || Genres.ofLine(part).isPresent() || isDate) {
                known++;
            } else if (PageText.words(part) > 2) {
                return false;
            }
        }
        if (known == 0) {
            return false;
        }
        for (String part : parts) {
            Genres.ofLine(part).ifPresent(facts::genres);
            if (minutes(part) != null) {
                facts.runtime(minutes(part));
            }
            Matcher dated = DATED.matcher(part);
            if (dated.matches() && PageDates.parse(dated.group("date")).isPresent()) {
                release(part, line);
            }
        }
        return true;
    }

    /** "100 min", "1h 40min", "2h" → minutes; null when the text is no duration. */
    private static Integer minutes(String text) {
        Matcher m = RUNTIME.matcher(text);
        if (!m.matches() || (m.group("hours") == null && m.group("minutes") == null)) {
            return null;
        }
        int hours = m.group("hours") == null ? 0 : Integer.parseInt(m.group("hours"));
        int minutes = m.group("minutes") == null ? 0 : Integer.parseInt(m.group("minutes"));
        return hours * 60 + minutes;
    }

    /** "Patricio Guzmán (screenplay), Isabel Allende (novel)" → the names without their qualifiers. */
    private static List<String> names(String value) {
        return PageText.split(value, ",").stream().map(PageText::withoutQualifiers)
                .filter(n -> n != null).toList();
    }

    private static String awards(String text) {
        boolean linked = text.contains("See more awards");
        String s = Furniture.strip(text);
        if (!linked && !AWARDS.matcher(s).matches()) {
            return null;
        }
        s = s.endsWith(".") ? s.substring(0, s.length() - 1).strip() : s;
        return s.isEmpty() ? null : s;
    }

    private static Optional<Matcher> knownLabel(String text) {
        Matcher m = LABEL.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = m.group("label").toLowerCase(Locale.ROOT);
        boolean known = OTHER_LABELS.contains(label) || switch (label) {
            case "release date", "country", "countries", "language", "languages", "genre", "genres",
                 "plot keywords", "director", "directors", "writer", "writers", "star", "stars", "runtime",
                 "ratings" -> true;
            default -> false;
        };
        return known ? Optional.of(m) : Optional.empty();
    }

    /** Whether a label's next line is its value: not furniture, another label, or the awards line. */
    private static boolean isValue(String text) {
        return !Furniture.isFurniture(text) && knownLabel(text).isEmpty() && awards(text) == null;
    }

    /** A line of running text: none of the lines the page uses for anything else, such as its title. */
    private static boolean isPlain(String text) {
        return !Furniture.isFurniture(text) && knownLabel(text).isEmpty() && awards(text) == null
                && !isStorylineMark(text) && TitleYear.ofDiscussLine(text).isEmpty()
                && TitleYear.ofPageTitle(text).isEmpty() && Genres.ofLine(text).isEmpty();
    }

    /** What follows a storyline on the page: its "Plot Summary | Add Synopsis" links or its author. */
    private static boolean isStorylineMark(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("plot summary") || lower.startsWith("written by") || lower.startsWith("add full plot")
                || lower.startsWith("plot keywords:") || lower.startsWith("taglines:") || lower.startsWith("genres:");
    }

    private static int nextContent(List<PageLine> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        return i;
    }
}
