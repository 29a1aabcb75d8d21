package dev.filmsearch.server.search;

import dev.filmsearch.model.RecordType;
import dev.filmsearch.schema.Analyzers;
import dev.filmsearch.server.search.UserQuery.AnyOf;
import dev.filmsearch.server.search.UserQuery.Clause;
import dev.filmsearch.server.search.UserQuery.Excluded;
import dev.filmsearch.server.search.UserQuery.FieldText;
import dev.filmsearch.server.search.UserQuery.Phrase;
import dev.filmsearch.server.search.UserQuery.Prefix;
import dev.filmsearch.server.search.UserQuery.RangeField;
import dev.filmsearch.server.search.UserQuery.RangeTerm;
import dev.filmsearch.server.search.UserQuery.TextField;
import dev.filmsearch.server.search.UserQuery.TypeTerm;
import dev.filmsearch.server.search.UserQuery.Word;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Reads what a user typed into a {@link UserQuery}: words, {@code "quoted phrases"}, {@code -excluded} (or
 * {@code NOT}), {@code OR} between clauses, a trailing {@code *} for a prefix, and the field terms
 * {@code director:}, {@code genre:}, {@code person:}, {@code type:}, {@code year:}, {@code rating:} (a value may be
 * quoted). Anything else degrades to plain words: an unbalanced quote is ignored, stray operators are dropped,
 * an unknown {@code field:} prefix is read as words, punctuation is skipped. Only a field term with a value it
 * cannot mean ({@code year:abc}, {@code type:dvd}) or an overlong query throws {@link BadQueryException}.
 * Thread-safe.
 */
public final class UserQueryParser {
    /** At most this many words (counting every word of phrases and field terms) are searched. */
    public static final int MAX_WORDS = 40;
    private static final int MIN_PREFIX = 2;
    private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}(?:[.,]\\d+)?");

    private final Analyzer words = Analyzers.folded();

    /** Markers between clauses while lexing. */
    private enum Operator { OR, NOT }

    /**
     * @throws BadQueryException when a field term's value cannot be read or the query has too many words
     */
    public UserQuery parse(String text) {
        List<Object> items = lex(text == null ? "" : text);
        UserQuery query = new UserQuery(combine(items));
        int n = countWords(query.clauses());
        if (n > MAX_WORDS) {
            throw new BadQueryException("the query has " + n + " words; at most " + MAX_WORDS + " are searched");
        }
        return query;
    }

    /** Splits the text into clauses and OR/NOT markers. */
    private List<Object> lex(String s) {
        List<Object> items = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' || c == '+') {
                negated = c == '-';
                i++;
                if (i >= n || Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '+') {
                    continue; // a stray operator
                }
            }
            String field = null;
            int j = i;
            while (j < n && j - i < 10 && isAsciiLetter(s.charAt(j))) {
                j++;
            }
            if (j > i && j < n && s.charAt(j) == ':' && isField(s.substring(i, j))) {
                field = s.substring(i, j).toLowerCase(Locale.ROOT);
                i = j + 1;
            }
            String value;
            int valueStart;
            boolean quoted = false;
            if (i < n && s.charAt(i) == '"') {
                int close = s.indexOf('"', i + 1);
                if (close > 0) {
                    valueStart = i + 1;
                    value = s.substring(valueStart, close);
                    quoted = true;
                    i = close + 1;
                } else { // unbalanced quote: read on as if it were not there
                    valueStart = i + 1;
                    i = endOfChunk(s, valueStart);
                    value = s.substring(valueStart, i);
                }
            } else {
                valueStart = i;
                i = endOfChunk(s, i);
                value = s.substring(valueStart, i);
            }
            if (field == null && !quoted && !negated && (value.equals("OR") || value.equals("||"))) {
                items.add(Operator.OR);
                continue;
            }
            if (field == null && !quoted && !negated && (value.equals("AND") || value.equals("&&"))) {
                continue;
            }
            if (field == null && !quoted && !negated && value.equals("NOT")) {
                items.add(Operator.NOT);
                continue;
            }
            Clause clause = field == null || value.isBlank()
                    ? textClause(field == null ? value : field, field == null ? valueStart : valueStart - field.length() - 1, quoted)
                    : fieldClause(field, value.strip());
            if (clause != null) {
                items.add(negated ? new Excluded(clause) : clause);
            }
        }
        return items;
    }

    private static int endOfChunk(String s, int from) {
        int i = from;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))
                && s.charAt(i) != '"') {
            i++;
        }
        return i;
    }

    /** Joins {@code a OR b} into one group and applies NOT; OR next to an exclusion or at an end is dropped. */
    private static List<Clause> combine(List<Object> items) {
        List<Clause> out = new ArrayList<>();
        boolean pendingOr = false;
        boolean pendingNot = false;
        for (Object item : items) {
            if (item == Operator.OR) {
                pendingOr = !out.isEmpty();
                continue;
            }
            if (item == Operator.NOT) {
                pendingNot = true;
                continue;
            }
            Clause clause = (Clause) item;
            if (pendingNot && !(clause instanceof Excluded)) {
                clause = new Excluded(clause);
            }
            Clause last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (pendingOr && !(last instanceof Excluded) && !(clause instanceof Excluded)) {
                List<Clause> members = new ArrayList<>(last instanceof AnyOf any ? any.clauses() : List.of(last));
                members.add(clause);
                out.set(out.size() - 1, new AnyOf(members));
            } else {
                out.add(clause);
            }
            pendingOr = false;
            pendingNot = false;
        }
        return out;
    }

    /** The text without its trailing stars, in one pass (a regular expression would rescan each run of stars). */
    private static String withoutTrailingStars(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '*') {
            end--;
        }
        return value.substring(0, end);
    }

    /** Words of a free-text chunk; null when it has none (punctuation only). */
    private Clause textClause(String value, int start, boolean quoted) {
        boolean prefix = !quoted && value.endsWith("*");
        // "foo:bar" is one word to the tokenizer (a colon joins letters); as an unknown field it is two words
        String base = (prefix ? withoutTrailingStars(value) : value).replace(':', ' ');
        List<int[]> spans = wordSpans(base);
        if (spans.isEmpty()) {
            return null;
        }
        if (spans.size() == 1 && !quoted) {
            int[] w = spans.get(0);
            String word = base.substring(w[0], w[1]);
            if (prefix && w[1] == base.length() && word.codePointCount(0, word.length()) >= MIN_PREFIX) {
                return new Prefix(word);
            }
            return new Word(word, start + w[0], start + w[1]);
        }
        List<String> parts = new ArrayList<>();
        for (int[] w : spans) {
            parts.add(base.substring(w[0], w[1]));
        }
        return new Phrase(String.join(" ", parts));
    }

    private Clause fieldClause(String field, String value) {
        switch (field) {
            case "type" -> {
                return new TypeTerm(RecordType.parse(value).orElseThrow(() -> new BadQueryException(
                        "type:'" + value + "' is not one of film, person, review, quote")));
            }
            case "year" -> {
                return new RangeTerm(RangeField.YEAR, range(value, true));
            }
            case "rating" -> {
                return new RangeTerm(RangeField.RATING, range(value, false));
            }
            default -> {
                List<int[]> spans = wordSpans(value);
                if (spans.isEmpty()) {
                    return null;
                }
                List<String> parts = new ArrayList<>();
                for (int[] w : spans) {
                    parts.add(value.substring(w[0], w[1]));
                }
                return new FieldText(TextField.valueOf(field.toUpperCase(Locale.ROOT)), String.join(" ", parts));
            }
        }
    }

    /** "1973", "1970..1979", "1990..", "..1979" for years; "8", "7..9", "8.." for ratings (a single rating: at least). */
    private static Range range(String value, boolean year) {
        String v = value.strip();
        int dots = v.indexOf("..");
        String from = dots < 0 ? v : v.substring(0, dots).strip();
        String to = dots < 0 ? (year ? v : "") : v.substring(dots + 2).strip();
        if (from.isEmpty() && to.isEmpty()) {
            throw badRange(value, year);
        }
        Double low = from.isEmpty() ? null : number(from, value, year);
        Double high = to.isEmpty() ? null : number(to, value, year);
        if (low != null && high != null && low > high) {
            throw new BadQueryException((year ? "year" : "rating") + ":'" + value + "' ends before it starts");
        }
        return new Range(low, high);
    }

    private static Double number(String text, String value, boolean year) {
        if (!(year ? YEAR : NUMBER).matcher(text).matches()) {
            throw badRange(value, year);
        }
        double d = Double.parseDouble(text.replace(',', '.'));
        if (!year && d > 10) {
            throw new BadQueryException("rating:'" + value + "' is outside 0..10");
        }
        return d;
    }

    private static BadQueryException badRange(String value, boolean year) {
        return new BadQueryException(year
                ? "year:'" + value + "' is not a year or a range of years (1973, 1970..1979, 1990..)"
                : "rating:'" + value + "' is not a rating or a range of ratings on 0..10 (8, 7..9, 8..)");
    }

    /** Start and end of each word the index would see in the text (the folded analyzer's tokens). */
    private List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        try (TokenStream ts = words.tokenStream("", text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                spans.add(new int[] {offset.startOffset(), offset.endOffset()});
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the text is in memory
        }
        return spans;
    }

    private static int countWords(List<Clause> clauses) {
        int n = 0;
        for (Clause c : clauses) {
            n += switch (c) {
                case Word w -> 1;
                case Prefix p -> 1;
                case Phrase p -> p.text().split(" ").length;
                case FieldText f -> f.text().split(" ").length;
                case TypeTerm t -> 1;
                case RangeTerm r -> 1;
                case AnyOf a -> countWords(a.clauses());
                case Excluded e -> countWords(List.of(e.clause()));
            };
        }
        return n;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isField(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "director", "genre", "person", "type", "year", "rating" -> true;
            default -> false;
        };
    }
}
