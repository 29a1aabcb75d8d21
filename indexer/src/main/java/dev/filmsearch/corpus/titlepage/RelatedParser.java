package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.model.Ids;
import dev.filmsearch.model.RelatedFilm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "People who liked this also liked...": one entry per recommended film, in this order, every part optional:
 * a "Title (Year)" line, a genre line ("Biography | Drama"), the rating widget ("1 2 … 10 7.8/10 X"), the plot,
 * "Director:"/"Directors:" and "Stars:" lines. A title, genre or rating line after an entry's plot or credits
 * starts the next entry. A plot cut short keeps its "..." but loses its "See full summary »" link.
 * The list ends at the first text line after an entry's credits that starts no entry.
 */
final class RelatedParser {
    private static final Pattern RATING = Pattern.compile("1 2 3 4 5 6 7 8 9 10 (?<rating>\\d{1,2}(?:\\.\\d+)?|-)/10(?: X)?");
    private static final Pattern CREDITS = Pattern.compile("(?<label>Directors?|Stars?):\\s*(?<names>.*)");

    private RelatedParser() {
    }

    private enum Phase { START, PLOT, CREDITS }

    /** One entry while it is being read. */
    private static final class Entry {
        TitleYear title;
        final List<String> genres = new ArrayList<>();
        Double rating;
        final List<String> plot = new ArrayList<>();
        final List<String> directors = new ArrayList<>();
        final List<String> stars = new ArrayList<>();
        Phase phase = Phase.START;

        RelatedFilm toRelated() {
            String t = title == null ? null : title.title();
            Integer y = title == null ? null : title.year();
            String id = t == null ? null : Ids.filmId(null, t, y);
            return new RelatedFilm(id, t, y, rating, genres, PageText.joinParagraphs(plot), directors, stars);
        }
    }

    static Block<List<RelatedFilm>> parse(List<PageLine> lines) {
        List<RelatedFilm> related = new ArrayList<>();
        Entry entry = null;
        int i = 0;
        for (; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            String text = line.text();
            Matcher rating = RATING.matcher(text);
            Matcher credits = CREDITS.matcher(text);
            Optional<List<String>> genres = Genres.ofLine(text);
            Optional<TitleYear> title = TitleYear.ofListing(text);
            if (rating.matches()) {
                if (entry == null || entry.phase != Phase.START) {
                    entry = next(related, entry);
                }
                String value = rating.group("rating");
                entry.rating = value.equals("-") ? null : Double.valueOf(value);
                entry.phase = Phase.PLOT;
            } else if (credits.matches()) {
                if (entry == null) {
                    entry = next(related, null);
                }
                List<String> names = PageText.split(Furniture.strip(credits.group("names")), ",");
                (credits.group("label").startsWith("Director") ? entry.directors : entry.stars).addAll(names);
                entry.phase = Phase.CREDITS;
            } else if (genres.isPresent()) {
                if (entry == null || entry.phase != Phase.START || !entry.genres.isEmpty()) {
                    entry = next(related, entry);
                }
                entry.genres.addAll(genres.get());
            } else if (title.isPresent()) {
                entry = next(related, entry);
                entry.title = title.get();
            } else if (Furniture.isFurniture(text)) {
                continue;
            } else if (entry != null && entry.phase != Phase.CREDITS) {
                entry.plot.add(PageText.withoutTitleMarkup(Furniture.strip(text)));
                entry.phase = Phase.PLOT;
            } else {
                break;
            }
        }
        if (entry != null) {
            related.add(entry.toRelated());
        }
        return new Block<>(related, lines.subList(i, lines.size()));
    }

    /** Closes the current entry, if any, and opens the next. */
    private static Entry next(List<RelatedFilm> related, Entry current) {
        if (current != null) {
            related.add(current.toRelated());
        }
        return new Entry();
    }
}
