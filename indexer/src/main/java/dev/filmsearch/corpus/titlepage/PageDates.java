package dev.filmsearch.corpus.titlepage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The dates title pages show: "6 May 2006", "5 Sep 2007", "May 6, 2006", "2006-05-06" (English month names). */
final class PageDates {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            format("d MMMM uuuu"), format("d MMM uuuu"), format("MMMM d, uuuu"), format("MMM d, uuuu"),
            format("uuuu-MM-dd"));

    private PageDates() {
    }

    static Optional<LocalDate> parse(String text) {
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter format(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
