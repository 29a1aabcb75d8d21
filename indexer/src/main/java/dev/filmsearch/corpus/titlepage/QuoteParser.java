package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did You Know?": every line "Speaker: what was said" is a quote. The section may also hold trivia, goofs and
 * the like under their own small headings ("Trivia", "Goofs: …"); lines under those headings, stage directions
 * ("[first lines]") and other text are not quotes and are left out (the model has no place for them). A dialogue
 * of several lines gives one quote per line.
 */
final class QuoteParser {
    private static final Pattern SPOKEN = Pattern.compile("(?<speaker>[^:\\[\\]]{1,50}?)\\s*:\\s+(?<text>\\S.*)");
    private static final Set<String> OTHER_ITEMS = Set.of("trivia", "goofs", "crazy credits", "connections",
            "movie connections", "soundtracks", "alternate versions", "spoilers");
    private static final int MAX_SPEAKER_WORDS = 6;

    private final String sourceName;
    private final FilmLink film;

    QuoteParser(String sourceName, FilmLink film) {
        this.sourceName = sourceName;
        this.film = film;
    }

    List<Quote> parse(List<PageLine> lines) {
        List<Quote> quotes = new ArrayList<>();
        boolean inOtherItem = false;
        for (PageLine line : lines) {
            if (line.blank() || Furniture.isFurniture(line.text())) {
                continue;
            }
            String text = line.text();
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.equals("quotes") || lower.startsWith("quotes:")) {
                inOtherItem = false;
                text = text.substring("quotes".length()).replaceFirst("^:", "").strip();
            } else if (startsOtherItem(lower)) {
                inOtherItem = true;
            }
            Matcher spoken = SPOKEN.matcher(text);
            if (inOtherItem || !spoken.matches() || PageText.words(spoken.group("speaker")) > MAX_SPEAKER_WORDS) {
                continue;
            }
            String speaker = spoken.group("speaker");
            String said = Furniture.strip(spoken.group("text"));
            if (said.isEmpty()) {
                continue;
            }
            String id = Ids.contentId("q", sourceName, null, film.id(), speaker, said);
            quotes.add(new Quote(id, film.id(), film.title(), film.year(), speaker, said, null));
        }
        return quotes;
    }

    private static boolean startsOtherItem(String lower) {
        for (String item : OTHER_ITEMS) {
            if (lower.equals(item) || lower.startsWith(item + ":")) {
                return true;
            }
        }
        return false;
    }
}
