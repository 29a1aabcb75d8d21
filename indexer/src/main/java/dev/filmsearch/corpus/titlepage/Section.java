package dev.filmsearch.corpus.titlepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A part of a title page that starts at a heading line ("Cast overview, first billed only:", "User Reviews") and
 * runs to the next heading; the page's top, before any heading, is the {@link Kind#HEADER}. {@code lines}
 * excludes the heading itself.
 */
record Section(Kind kind, List<PageLine> lines) {

    /** The sections a page is made of; headings are recognised as whole lines, case-insensitively. */
    enum Kind {
        HEADER(null),
        RELATED("people who liked this also liked.*"),
        CAST("(?:cast overview|(?:complete )?credited cast|cast \\(in credits order\\)|series cast summary)\\b.{0,60}"),
        STORYLINE("storyline"),
        DETAILS("details|company credits|technical specs|box office"),
        DID_YOU_KNOW("did you know\\??"),
        REVIEWS("user reviews"),
        MESSAGE_BOARDS("message boards"),
        /** Sections with nothing the model holds: their text is never read as film facts. */
        IGNORED("frequently asked questions|contribute to this page|related news|explore more");

        private final Pattern heading;

        Kind(String heading) {
            this.heading = heading == null ? null : Pattern.compile(heading);
        }

        static Optional<Kind> ofHeading(String line) {
            String l = line.toLowerCase(Locale.ROOT);
            for (Kind kind : values()) {
                if (kind.heading != null && kind.heading.matcher(l).matches()) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    Section {
        lines = List.copyOf(lines);
    }

    /** Splits a page at its headings; the first section is always the header (possibly empty). */
    static List<Section> split(List<PageLine> page) {
        List<Section> sections = new ArrayList<>();
        Kind kind = Kind.HEADER;
        List<PageLine> lines = new ArrayList<>();
        for (PageLine line : page) {
            Optional<Kind> heading = line.blank() ? Optional.empty() : Kind.ofHeading(line.text());
            if (heading.isPresent()) {
                sections.add(new Section(kind, lines));
                kind = heading.get();
                lines = new ArrayList<>();
            } else {
                lines.add(line);
            }
        }
        sections.add(new Section(kind, lines));
        return sections;
    }
}
