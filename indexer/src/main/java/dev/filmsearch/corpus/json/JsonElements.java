package dev.filmsearch.corpus.json;

import dev.filmsearch.corpus.BrokenTextException;
import dev.filmsearch.corpus.rows.LineReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Cuts the text of a JSON array into the text of its elements, with the line each starts on, by following
 * strings, escapes and bracket depth; each element is then parsed on its own. So a broken element costs only
 * itself: after it, {@link #resync()} reads on from the next line after its start that begins an object
 * ({@code {}), as a pretty-printed or one-object-per-line array has one for each element. An element of more than
 * {@link #MAX_LINES} lines or {@link #MAX_CHARS} characters is given up on the same way, so memory stays bounded.
 */
final class JsonElements {
    static final int MAX_LINES = 1_000;
    static final int MAX_CHARS = 8 << 20;

    /**
     * An element's text from its first character, or why there is none: {@code problem}, and whether reading
     * should go on at the next object ({@code resync}) or right where it is (a stray bracket was skipped).
     */
    record Element(long line, String text, String problem, boolean resync) {
        Element(long line, String text) {
            this(line, text, null, false);
        }

        static Element broken(long line, String problem) {
            return new Element(line, "", problem, true);
        }

        static Element stray(long line, char bracket) {
            return new Element(line, "", "unexpected '" + bracket + "' between elements", false);
        }

        boolean complete() {
            return problem == null;
        }
    }

    private record Line(long number, String text) {
    }

    private final LineReader in;
    private final Deque<Line> replay = new ArrayDeque<>();
    private long lastRead;
    private Line line;
    private int pos;
    private List<Line> lastElement = List.of();
    private boolean ended;
    private BrokenTextException broken;

    JsonElements(LineReader in) {
        this.in = in;
    }

    /** Moves past the opening bracket; false when the first character is not one. */
    boolean start() throws IOException {
        if (!skipSpace()) {
            return false;
        }
        if (line.text().charAt(pos) != '[') {
            return false;
        }
        pos++;
        return true;
    }

    /** The line the reading stopped at (for a problem about the file). */
    long line() {
        return line == null ? lastRead : line.number();
    }

    /** Whether the array's closing bracket was read. */
    boolean ended() {
        return ended;
    }

    /** The next element, or null after the closing bracket or at the end of the text. */
    Element next() throws IOException {
        while (true) {
            if (!skipSpace()) {
                return null;
            }
            char c = line.text().charAt(pos);
            if (c == ']') {
                long at = line.number();
                pos++;
                if (!skipSpace()) {
                    ended = true;
                    return null;
                }
                return Element.stray(at, c); // more follows: not the end of the array
            }
            if (c != ',') {
                return element();
            }
            pos++;
        }
    }

    private Element element() throws IOException {
        long first = line.number();
        List<Line> lines = new ArrayList<>(List.of(line));
        lastElement = lines;
        StringBuilder text = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        while (true) {
            String s = line.text();
            int start = pos;
            for (; pos < s.length(); pos++) {
                char c = s.charAt(pos);
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0 && lines.size() == 1 && pos == start && text.isEmpty()) {
                        pos++;
                        return Element.stray(first, c);
                    }
                    if (depth == 0) {
                        // the end of the array after a plain value
                        return new Element(first, text.append(s, start, pos).toString());
                    }
                    depth--;
                    if (depth == 0) {
                        pos++;
                        return new Element(first, text.append(s, start, pos).toString());
                    }
                } else if (c == ',' && depth == 0) {
                    return new Element(first, text.append(s, start, pos).toString());
                }
            }
            text.append(s, start, pos).append('\n');
            if (lines.size() >= MAX_LINES || text.length() > MAX_CHARS) {
                return Element.broken(first, String.format(Locale.ROOT,
                        "an element of more than %,d lines or %,d characters", MAX_LINES, MAX_CHARS));
            }
            if (!nextLineUnlessBroken()) {
                return Element.broken(first, "an element left open: a quote or bracket in it never closes");
            }
            lines.add(line);
        }
    }

    /**
     * After a broken element: reads on from the first line after its start whose text begins an object, or is the
     * closing bracket; the lines in between are skipped.
     */
    void resync() throws IOException {
        for (int i = lastElement.size() - 1; i >= 1; i--) {
            replay.push(lastElement.get(i));
        }
        lastElement = List.of();
        line = null;
        while (nextLine()) {
            String t = line.text().strip();
            if (t.startsWith("{") || t.equals("]")) {
                pos = line.text().indexOf(t.charAt(0));
                return;
            }
        }
    }

    /** Moves to the next character that is not white space; false at the end of the text. */
    private boolean skipSpace() throws IOException {
        while (true) {
            if (line != null) {
                String s = line.text();
                while (pos < s.length() && (Character.isWhitespace(s.charAt(pos)) || s.charAt(pos) == '\uFEFF')) {
                    pos++;
                }
                if (pos < s.length()) {
                    return true;
                }
            }
            if (!nextLine()) {
                return false;
            }
        }
    }

    /**
     * Moves to the next line; false at the end of the text, or where it breaks off (a truncated .gz) inside an
     * element: the lines after the element's first are then read again, and the break is thrown once they are.
     */
    private boolean nextLineUnlessBroken() throws IOException {
        try {
            return nextLine();
        } catch (BrokenTextException e) {
            broken = e;
            return false;
        }
    }

    private boolean nextLine() throws IOException {
        if (!replay.isEmpty()) {
            line = replay.pop();
        } else if (broken != null) {
            throw broken;
        } else {
            String text = in.readLine();
            if (text == null) {
                return false;
            }
            line = new Line(++lastRead, text);
        }
        pos = 0;
        return true;
    }
}
