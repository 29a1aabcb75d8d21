package dev.filmsearch.corpus.csv;

import dev.filmsearch.corpus.BrokenTextException;
import dev.filmsearch.corpus.rows.LineReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Cuts CSV text into records with the line each starts on: one line, or several when a quoted cell holds line
 * breaks (RFC 4180: a cell that starts with {@code "} runs to the next lone {@code "}; {@code ""} is a quote
 * inside it). A quote that is never closed, or that runs on for more than {@link #MAX_LINES} lines or
 * {@link #MAX_CHARS} characters, would swallow the rest of the file: instead its first line is returned as an
 * incomplete record and the lines after it are read again as records of their own. The reader does the same
 * ({@link #resync()}) with a record of several lines that does not parse: an unclosed quote that a later row's
 * quote happened to close.
 */
final class CsvRecords {
    /** The most lines one record may span. */
    static final int MAX_LINES = 1_000;
    /** The most characters one record may hold. */
    static final int MAX_CHARS = 4 << 20;

    /** Record text (lines joined by "\n"), starting on {@code line}; not {@code complete} if a quote never closed. */
    record Chunk(long line, String text, boolean complete, boolean tooLong) {
        Chunk(long line, String text, boolean complete) {
            this(line, text, complete, false);
        }
    }

    private record Line(long number, String text, boolean tooLong) {
    }

    private final LineReader in;
    private final Deque<Line> replay = new ArrayDeque<>();
    private List<Line> last = List.of();
    private long lastRead;
    private BrokenTextException broken;

    CsvRecords(LineReader in) {
        this.in = in;
    }

    /** The next record, or null at the end. */
    Chunk next() throws IOException {
        Line first = nextLine();
        if (first == null) {
            return null;
        }
        List<Line> lines = new ArrayList<>(List.of(first));
        last = lines;
        boolean inQuotes = endsInQuotes(first.text(), false);
        long chars = first.text().length();
        while (inQuotes) {
            Line more = lines.size() < MAX_LINES && chars <= MAX_CHARS ? nextLineUnlessBroken() : null;
            if (more == null) {
                resync();
                return new Chunk(first.number(), first.text(), false, first.tooLong());
            }
            lines.add(more);
            chars += more.text().length() + 1;
            inQuotes = endsInQuotes(more.text(), true);
        }
        boolean tooLong = lines.stream().anyMatch(Line::tooLong);
        return new Chunk(first.number(), String.join("\n", lines.stream().map(Line::text).toList()), true, tooLong);
    }

    /** Reads the lines after the first of the record {@link #next()} last returned again, as records of their own. */
    void resync() {
        for (int i = last.size() - 1; i >= 1; i--) {
            replay.push(last.get(i));
        }
        last = last.subList(0, 1);
    }

    /** Whether a quoted cell is still open at the end of {@code line}, given whether it was at its start. */
    static boolean endsInQuotes(String line, boolean inQuotes) {
        boolean cellStart = !inQuotes;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                }
            } else if (c == ',') {
                cellStart = true;
                continue;
            } else if (c == '"' && cellStart) {
                inQuotes = true;
            }
            cellStart = false;
        }
        return inQuotes;
    }

    /**
     * The next line, or null where the text breaks off (a truncated .gz) inside an open quote: the lines read so far
     * are then read again as records, and the break is thrown once they are.
     */
    private Line nextLineUnlessBroken() throws IOException {
        try {
            return nextLine();
        } catch (BrokenTextException e) {
            broken = e;
            return null;
        }
    }

    private Line nextLine() throws IOException {
        if (!replay.isEmpty()) {
            return replay.pop();
        }
        if (broken != null) {
            throw broken;
        }
        String text = in.readLine();
        return text == null ? null : new Line(++lastRead, text, in.tooLong());
    }
}
