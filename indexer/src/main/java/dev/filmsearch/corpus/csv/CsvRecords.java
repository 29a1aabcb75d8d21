package dev.filmsearch.corpus.csv;

import dev.filmsearch.corpus.rows.LineReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Cuts CSV text into records with the line each starts on: one line, or several when a quoted cell holds line
 * breaks (RFC 4180: a cell that starts with {@code "} runs to the next lone {@code "}; {@code ""} is a quote
 * inside it). A quoted cell that is never closed would swallow the rest of the file: instead its first line is
 * returned as an incomplete record and the lines after it are read again as records of their own.
 */
final class CsvRecords {
    /** Record text (lines joined by "\n"), starting on {@code line}; not {@code complete} if a quote never closed. */
    record Chunk(long line, String text, boolean complete) {
    }

    private record Line(long number, String text) {
    }

    private final LineReader in;
    private final Deque<Line> replay = new ArrayDeque<>();
    private long lastRead;

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
        boolean inQuotes = endsInQuotes(first.text(), false);
        while (inQuotes) {
            Line more = nextLine();
            if (more == null) {
                for (int i = lines.size() - 1; i >= 1; i--) {
                    replay.push(lines.get(i));
                }
                return new Chunk(first.number(), first.text(), false);
            }
            lines.add(more);
            inQuotes = endsInQuotes(more.text(), true);
        }
        return new Chunk(first.number(), String.join("\n", lines.stream().map(Line::text).toList()), true);
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

    private Line nextLine() throws IOException {
        if (!replay.isEmpty()) {
            return replay.pop();
        }
        String text = in.readLine();
        return text == null ? null : new Line(++lastRead, text);
    }
}
