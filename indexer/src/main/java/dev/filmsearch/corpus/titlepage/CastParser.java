package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.model.CastMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cast list: a line "Name ..." (or "Name ... Character") per actor, optionally followed directly by a line
 * with the character. Qualifiers such as "(voice)" or "(as Isabel Allende)" are dropped from characters.
 * Character lines before the first name belong to nobody (the page lost their actors' names): each is a problem.
 * The list ends at the first line that is neither a name, nor a name's character, nor furniture.
 */
final class CastParser {
    private static final Pattern NAME_LINE = Pattern.compile("(?<name>\\S.{0,59}?)\\s*(?:\\.\\.\\.|…)(?:\\s+(?<character>.+))?");
    private static final int MAX_NAME_WORDS = 7;

    private CastParser() {
    }

    static Block<List<CastMember>> parse(List<PageLine> lines, ProblemReporter problems) {
        int first = firstName(lines);
        if (first < 0) {
            return new Block<>(List.of(), lines);
        }
        for (PageLine orphan : lines.subList(0, first)) {
            if (!orphan.blank() && !Furniture.isFurniture(orphan.text())) {
                problems.report(orphan.number(), "character line '" + orphan.text() + "' has no cast name");
            }
        }
        List<CastMember> cast = new ArrayList<>();
        String name = null;            // the last name seen, while its character may still follow
        boolean adjacent = false;      // the previous line was that name line
        int i = first;
        for (; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.blank()) {
                adjacent = false;
                continue;
            }
            Optional<Matcher> nameLine = nameLine(line.text());
            if (nameLine.isPresent()) {
                if (name != null) {
                    cast.add(CastMember.named(name, null));
                }
                name = nameLine.get().group("name");
                String character = nameLine.get().group("character");
                if (character != null) {
                    cast.add(CastMember.named(name, PageText.withoutQualifiers(character)));
                    name = null;
                }
                adjacent = name != null;
            } else if (Furniture.isFurniture(line.text())) {
                adjacent = false;
            } else if (name != null && adjacent) {
                cast.add(CastMember.named(name, PageText.withoutQualifiers(line.text())));
                name = null;
                adjacent = false;
            } else {
                break;
            }
        }
        if (name != null) {
            cast.add(CastMember.named(name, null));
        }
        return new Block<>(cast, lines.subList(i, lines.size()));
    }

    /** The first name line in the section's first run of non-blank lines, or -1: a cast list starts there. */
    private static int firstName(List<PageLine> lines) {
        boolean started = false;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.blank()) {
                if (started) {
                    return -1;
                }
            } else if (nameLine(line.text()).isPresent()) {
                return i;
            } else {
                started = true;
            }
        }
        return -1;
    }

    private static Optional<Matcher> nameLine(String text) {
        Matcher m = NAME_LINE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group("name");
        boolean plausible = PageText.words(name) <= MAX_NAME_WORDS && !name.endsWith(".") && !name.endsWith(",");
        return plausible ? Optional.of(m) : Optional.empty();
    }
}
