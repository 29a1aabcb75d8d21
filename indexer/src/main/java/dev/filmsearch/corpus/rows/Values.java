package dev.filmsearch.corpus.rows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Text;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one cell as what a field needs. Cells are JSON values: CSV cells are strings, JSON cells may be
 * strings, numbers, arrays or objects; a number where text is expected is its text ("1776"), a string where a
 * number is expected is parsed ("142 min"). A value that cannot be read throws {@link BadValue} saying why.
 */
final class Values {
    static final int FIRST_YEAR = 1800;
    static final int LAST_YEAR = 2100;

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern COUNT = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+");
    private static final Pattern YEAR = Pattern.compile("\\(?(\\d{4})\\)?");
    private static final Pattern MINUTES = Pattern.compile(
            "(?:(\\d+)\\s*h(?:ours?|rs?)?\\s*)?(?:(\\d+)\\s*(?:m|mins?|minutes?|min\\.)?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HELPFUL = Pattern.compile("(\\d+)\\s*(?:of|de|/)\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private Values() {
    }

    /** A single value as one line of text, white space collapsed; never null (absent cells never get here). */
    static String text(JsonNode v) throws BadValue {
        if (!v.isValueNode()) {
            throw new BadValue("not a single value");
        }
        String s = Text.clean(v.asText());
        if (s == null) {
            throw new BadValue("empty");
        }
        return s;
    }

    /**
     * Running text (plot, review body, quote): HTML line breaks ({@code <br>}, {@code <br />}) become new lines,
     * white space within a line is collapsed to one space, lines are trimmed, and a run of blank lines becomes
     * one blank line. One pass over the text: review bodies add up to tens of megabytes.
     */
    static String prose(JsonNode v) throws BadValue {
        if (!v.isValueNode()) {
            throw new BadValue("not a single value");
        }
        String s = v.asText();
        StringBuilder out = new StringBuilder(s.length());
        int breaks = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int htmlBreak = c == '<' ? htmlBreakLength(s, i) : 0;
            if (htmlBreak > 0 || c == '\n' || c == '\r') {
                if (htmlBreak > 0) {
                    i += htmlBreak - 1;
                } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                breaks += out.isEmpty() ? 0 : 1;
                space = false;
            } else if (isSpace(c)) {
                space = !out.isEmpty() && breaks == 0;
            } else {
                if (breaks > 0) {
                    out.append(breaks > 1 ? "\n\n" : "\n");
                } else if (space) {
                    out.append(' ');
                }
                breaks = 0;
                space = false;
                out.append(c);
            }
        }
        if (out.isEmpty()) {
            throw new BadValue("empty");
        }
        return out.toString();
    }

    /** The length of {@code <br>}, {@code <br/>} or {@code <br />} (any case) at {@code at}, else 0. */
    private static int htmlBreakLength(String s, int at) {
        if (!s.regionMatches(true, at, "<br", 0, 3)) {
            return 0;
        }
        int i = at + 3;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        return i < s.length() && s.charAt(i) == '>' ? i + 1 - at : 0;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    static double number(JsonNode v) throws BadValue {
        if (v.isNumber()) {
            return v.asDouble();
        }
        String s = text(v);
        if (!DECIMAL.matcher(s).matches()) {
            throw new BadValue("not a number");
        }
        return Double.parseDouble(s);
    }

    /** A whole number ≥ 0; thousands may be grouped with commas ("2,343,110"). */
    static long count(JsonNode v) throws BadValue {
        if (v.isNumber()) {
            double d = v.asDouble();
            if (d < 0 || d != Math.rint(d)) {
                throw new BadValue("not a whole number");
            }
            return v.asLong();
        }
        String s = text(v);
        if (!COUNT.matcher(s).matches() || s.length() > 18) {
            throw new BadValue("not a whole number");
        }
        return Long.parseLong(s.replace(",", ""));
    }

    /** Minutes: 142, "116.0", "142 min", "2h 22min", "2 hours"; fractions are rounded. */
    static int minutes(JsonNode v) throws BadValue {
        String s = v.isNumber() ? v.asText() : text(v);
        if (DECIMAL.matcher(s).matches()) {
            double minutes = Double.parseDouble(s);
            if (minutes < 0 || minutes > 100_000) {
                throw new BadValue("not a number of minutes");
            }
            return (int) Math.round(minutes);
        }
        Matcher m = MINUTES.matcher(s);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null) || lengthOver(m, 6)) {
            throw new BadValue("not a number of minutes");
        }
        int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hours * 60 + minutes;
    }

    /** A year: 1994, "1994", "(1994)", or the year of a date; between {@value #FIRST_YEAR} and {@value #LAST_YEAR}. */
    static int year(JsonNode v, List<DateTimeFormatter> dateFormats) throws BadValue {
        int year;
        if (v.isNumber()) {
            year = v.canConvertToExactIntegral() && v.canConvertToInt() ? v.asInt() : -1;
        } else {
            String s = text(v);
            Matcher m = YEAR.matcher(s);
            if (m.matches()) {
                year = Integer.parseInt(m.group(1));
            } else {
                LocalDate date = dateOrNull(s, dateFormats);
                year = date == null ? -1 : date.getYear();
            }
        }
        if (year == -1) {
            throw new BadValue("not a year");
        }
        return year;
    }

    /** True when {@code year} is plausible for a film. */
    static boolean plausibleYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** A date in one of the given formats, tried in order. */
    static LocalDate date(JsonNode v, List<DateTimeFormatter> dateFormats) throws BadValue {
        LocalDate date = dateOrNull(text(v), dateFormats);
        if (date == null) {
            throw new BadValue("not a date");
        }
        return date;
    }

    /** True when the cell is just a year (a date column that only knows the year). */
    static boolean isYear(JsonNode v) {
        return v.isValueNode() && YEAR.matcher(v.asText().strip()).matches();
    }

    /** "16 of 19" → [16, 19] (also "16/19", "16 de 19"). */
    static int[] helpful(JsonNode v) throws BadValue {
        Matcher m = HELPFUL.matcher(text(v));
        if (!m.matches() || lengthOver(m, 9)) {
            throw new BadValue("not \"N of M\"");
        }
        int votes = Integer.parseInt(m.group(1));
        int total = Integer.parseInt(m.group(2));
        if (votes > total) {
            throw new BadValue("more helpful votes than votes");
        }
        return new int[] {votes, total};
    }

    static Language language(JsonNode v) throws BadValue {
        return Language.parse(text(v)).orElseThrow(() -> new BadValue("not a supported language (en, es)"));
    }

    /**
     * The items of a list cell: a JSON array's elements; a string holding a JSON array ("[{\"name\": …}]" as in
     * TMDB) is read as one; any other string is split on the first of {@code separators} that occurs in it.
     * Split items are text nodes; array elements are as they are (strings, numbers or objects).
     */
    static List<JsonNode> items(JsonNode v, List<String> separators, ObjectMapper json) throws BadValue {
        if (v.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            v.forEach(items::add);
            return items;
        }
        String s = text(v);
        if (s.startsWith("[")) {
            try {
                JsonNode array = json.readTree(s);
                if (array.isArray()) {
                    return items(array, separators, json);
                }
            } catch (JsonProcessingException e) {
                // falls through to the problem below
            }
            throw new BadValue("not a JSON array");
        }
        String separator = separators.stream().filter(s::contains).findFirst().orElse(null);
        if (separator == null) {
            return List.of(TextNode.valueOf(s));
        }
        List<JsonNode> items = new ArrayList<>();
        for (String part : s.split(Pattern.quote(separator), -1)) {
            if (Text.clean(part) != null) {
                items.add(TextNode.valueOf(part));
            }
        }
        return items;
    }

    /** The text an item stands for: a string or number itself, an object its "name". */
    static String itemText(JsonNode item) throws BadValue {
        JsonNode v = item.isObject() ? item.get("name") : item;
        if (v == null || v.isNull()) {
            throw new BadValue("an object without a name");
        }
        String s = text(v);
        if (!LETTER_OR_DIGIT.matcher(s).find()) {
            throw new BadValue("no letter or digit");
        }
        return s;
    }

    /** A short, one-line rendering of a value for problem reports. */
    static String shown(JsonNode v) {
        String s = v.isValueNode() ? v.asText() : v.toString();
        s = s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }

    private static LocalDate dateOrNull(String s, List<DateTimeFormatter> formats) {
        for (DateTimeFormatter format : formats) {
            try {
                return LocalDate.parse(s, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static boolean lengthOver(Matcher m, int digits) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null && m.group(g).length() > digits) {
                return true;
            }
        }
        return false;
    }
}
