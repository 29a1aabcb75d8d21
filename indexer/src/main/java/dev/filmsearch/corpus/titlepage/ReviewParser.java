package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Review;
import dev.filmsearch.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "User Reviews": each review is a headline line, a byline "6 May 2006 | by Author (Location) – See all my
 * reviews", the body's paragraphs, and "16 of 19 people found this review helpful." (older pages put
 * "16 out of 19 people found the following review useful:" above the headline instead). A line "8/10" next to
 * the headline is the reviewer's rating. A review whose date cannot be read, or that has no text, is a problem;
 * so is each run of text outside any review (before the first headline, or after a review's "helpful" line),
 * as it may be a review whose byline could not be recognised.
 */
final class ReviewParser {
    private static final Pattern BYLINE = Pattern.compile(
            "(?<date>(?=[^|]*\\d)[^|]{1,30}?)\\s*\\|\\s*by\\b\\s*(?<who>.{0,80})");
    private static final Pattern WHO = Pattern.compile("(?<author>[^()]*?)\\s*(?:\\((?<location>[^()]*)\\))?");
    private static final Pattern HELPFUL_AFTER = Pattern.compile(
            "(?<votes>[\\d,]+) (?:of|out of) (?<total>[\\d,]+) people found this review helpful\\b.*");
    private static final Pattern HELPFUL_BEFORE = Pattern.compile(
            "(?<votes>[\\d,]+) (?:of|out of) (?<total>[\\d,]+) people found the following review (?:useful|helpful)\\b.*");
    private static final Pattern RATING = Pattern.compile("(?<rating>\\d{1,2}(?:\\.\\d)?)/10");

    private final String sourceName;
    private final FilmLink film;
    private final ProblemReporter problems;

    ReviewParser(String sourceName, FilmLink film, ProblemReporter problems) {
        this.sourceName = sourceName;
        this.film = film;
        this.problems = problems;
    }

    List<Review> parse(List<PageLine> lines) {
        List<Integer> bylines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).blank() && BYLINE.matcher(Furniture.strip(lines.get(i).text())).matches()) {
                bylines.add(i);
            }
        }
        List<Integer> headerStarts = new ArrayList<>();
        for (int k = 0; k < bylines.size(); k++) {
            headerStarts.add(headerStart(lines, k == 0 ? 0 : bylines.get(k - 1) + 1, bylines.get(k)));
        }
        int firstHeader = bylines.isEmpty() ? lines.size() : headerStarts.getFirst();
        reportStrayText(lines.subList(0, firstHeader));
        List<Review> reviews = new ArrayList<>();
        for (int k = 0; k < bylines.size(); k++) {
            int byline = bylines.get(k);
            int next = k + 1 < bylines.size() ? headerStarts.get(k + 1) : lines.size();
            int end = bodyEnd(lines, byline + 1, next);
            toReview(lines.subList(headerStarts.get(k), byline), lines.get(byline), lines.subList(byline + 1, end))
                    .ifPresent(reviews::add);
            reportStrayText(lines.subList(end, next));
        }
        return reviews;
    }

    /** Where a review's body ends: after its "found this review helpful" line, else where the next review starts. */
    private static int bodyEnd(List<PageLine> lines, int from, int next) {
        for (int i = from; i < next; i++) {
            if (!lines.get(i).blank() && HELPFUL_AFTER.matcher(lines.get(i).text()).matches()) {
                return i + 1;
            }
        }
        return next;
    }

    /**
     * Where the header of the review whose byline is at {@code byline} starts: its headline, with any rating or
     * "found the following review useful" lines around it, found by walking back from the byline. A
     * "found this review helpful" line closes the previous review, so the header starts after it.
     */
    private static int headerStart(List<PageLine> lines, int from, int byline) {
        int start = byline;
        boolean headline = false;
        for (int i = byline - 1; i >= from; i--) {
            PageLine line = lines.get(i);
            if (line.blank() || Furniture.isFurniture(line.text())) {
                continue;
            }
            String text = line.text();
            if (HELPFUL_AFTER.matcher(text).matches()) {
                break;
            }
            if (HELPFUL_BEFORE.matcher(text).matches() || RATING.matcher(text).matches()) {
                start = i;
            } else if (!headline) {
                headline = true;
                start = i;
            } else {
                break;
            }
        }
        return start;
    }

    private void reportStrayText(List<PageLine> lines) {
        for (PageLine line : lines) {
            if (!line.blank() && !Furniture.isFurniture(line.text())) {
                problems.report(line.number(), "review text without a date and author line");
                return;
            }
        }
    }

    private Optional<Review> toReview(List<PageLine> header, PageLine byline, List<PageLine> body) {
        String headline = null;
        Double rating = null;
        Matcher helpful = null;
        for (PageLine line : header) {
            if (line.blank() || Furniture.isFurniture(line.text())) {
                continue;
            }
            Matcher before = HELPFUL_BEFORE.matcher(line.text());
            Matcher stars = RATING.matcher(line.text());
            if (before.matches()) {
                helpful = before;
            } else if (stars.matches()) {
                rating = Double.valueOf(stars.group("rating"));
            } else {
                headline = line.text();
            }
        }
        Matcher by = BYLINE.matcher(Furniture.strip(byline.text()));
        if (!by.matches()) {
            throw new IllegalStateException("bylines are matched before");
        }
        Optional<LocalDate> date = PageDates.parse(by.group("date"));
        if (date.isEmpty()) {
            problems.report(byline.number(), "review date '" + by.group("date") + "' is not a date");
            return Optional.empty();
        }
        Matcher who = WHO.matcher(by.group("who"));
        String author = who.matches() ? Text.clean(who.group("author")) : Text.clean(by.group("who"));
        String location = who.matches() ? Text.clean(who.group("location")) : null;

        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (PageLine line : body) {
            Matcher after = line.blank() ? null : HELPFUL_AFTER.matcher(line.text());
            if (after != null && after.matches()) {
                helpful = after;
            } else if (!line.blank() && !Furniture.isFurniture(line.text())) {
                paragraph.append(paragraph.isEmpty() ? "" : "\n").append(line.text());
                continue;
            }
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
        String text = PageText.joinParagraphs(paragraphs);
        if (text == null) {
            problems.report(byline.number(), "review has no text");
            return Optional.empty();
        }
        Integer votes = helpful == null ? null : count(helpful.group("votes"));
        Integer total = helpful == null ? null : count(helpful.group("total"));
        String id = Ids.contentId("r", sourceName, null, film.id(), headline, author, date.get().toString(), text);
        return Optional.of(new Review(id, film.id(), film.title(), film.year(), headline, author, location,
                date.get(), rating, votes, total, text, null));
    }

    private static Integer count(String digits) {
        return Integer.valueOf(digits.replace(",", ""));
    }
}
