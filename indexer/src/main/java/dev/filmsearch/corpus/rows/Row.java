package dev.filmsearch.corpus.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.filmsearch.model.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of named values, whatever file it came from: a CSV row under its header, a JSON Lines object or an
 * object of a JSON array. Columns are matched by {@link #key(String) key}, so "Runtime (Minutes)",
 * "runtime_minutes" and "runtimeMinutes" are the same column. Empty cells and JSON nulls are absent.
 *
 * @param line the line the row starts on, for problem reports
 */
public record Row(long line, Map<String, Cell> cells) {

    /** A value and the column name as the source spelled it (for problem reports). */
    public record Cell(String column, JsonNode value) {
    }

    public Row {
        cells = Map.copyOf(cells);
    }

    /** The row of a JSON object's top-level keys; the first of two keys with the same {@link #key} wins. */
    public static Row of(long line, ObjectNode object) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        object.properties().forEach(e -> put(cells, e.getKey(), e.getValue()));
        return new Row(line, cells);
    }

    /** The row of CSV cells under their header names; cells under an empty name are left out. */
    public static Row of(long line, List<String> header, List<String> values) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(header.size(), values.size()); i++) {
            if (!header.get(i).isEmpty()) {
                put(cells, header.get(i), TextNode.valueOf(values.get(i)));
            }
        }
        return new Row(line, cells);
    }

    /** The cell of that column, or null when the row has none (or it is empty). */
    public Cell get(String column) {
        return cells.get(key(column));
    }

    /** The cell under a {@link #key}, or null. */
    Cell cell(String key) {
        return cells.get(key);
    }

    /** How columns are matched: accents, case and everything but letters and digits removed. */
    public static String key(String column) {
        return Text.titleKey(column);
    }

    /** Nothing but white space, no-break spaces included (cheap for the usual text that starts with a letter). */
    static boolean blank(String s) {
        return s.isBlank() || (Character.isSpaceChar(s.charAt(0)) && Text.clean(s) == null);
    }

    private static void put(Map<String, Cell> cells, String column, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || (value.isTextual() && blank(value.asText()))) {
            return;
        }
        cells.putIfAbsent(key(column), new Cell(column, value));
    }
}
