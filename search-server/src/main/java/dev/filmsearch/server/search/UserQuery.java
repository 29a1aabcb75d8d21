package dev.filmsearch.server.search;

import dev.filmsearch.model.RecordType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a user typed, read into clauses by {@link UserQueryParser}; {@link RankedQueryBuilder} turns it into a
 * Lucene query. Clauses are AND-ed; {@link AnyOf} is an OR group, {@link Excluded} a {@code -} clause.
 * {@link #toString()} is a compact, stable form for tests: {@code godfather "part ii" -iii (a OR b) director:coppola}.
 */
public record UserQuery(List<Clause> clauses) {
    public UserQuery {
        clauses = List.copyOf(clauses);
    }

    /** One clause of the query. */
    public sealed interface Clause permits Word, Phrase, Prefix, FieldText, TypeTerm, RangeTerm, AnyOf, Excluded {
    }

    /** A word as typed ({@code start}..{@code end} in the query text, for "did you mean"). */
    public record Word(String text, int start, int end) implements Clause {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Words that must appear together, in order: a quoted phrase, or a word the tokenizer splits ("spider-man"). */
    public record Phrase(String text) implements Clause {
        @Override
        public String toString() {
            return "\"" + text + "\"";
        }
    }

    /** A word prefix: {@code godf*}. */
    public record Prefix(String text) implements Clause {
        @Override
        public String toString() {
            return text + "*";
        }
    }

    /** The text fields a field term can name. */
    public enum TextField {
        DIRECTOR, GENRE, PERSON;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code director:guzman}, {@code genre:"science fiction"}, {@code person:"al pacino"}. */
    public record FieldText(TextField field, String text) implements Clause {
        @Override
        public String toString() {
            return field.label() + ":" + (text.contains(" ") ? "\"" + text + "\"" : text);
        }
    }

    /** {@code type:film}. */
    public record TypeTerm(RecordType type) implements Clause {
        @Override
        public String toString() {
            return "type:" + type.label();
        }
    }

    /** The numeric fields a range term can name. */
    public enum RangeField {
        YEAR, RATING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code year:1970..1979}, {@code year:1973} (from = to), {@code rating:8..} (open end). */
    public record RangeTerm(RangeField field, Range range) implements Clause {
        @Override
        public String toString() {
            return field.label() + ":" + bound(range.from()) + (range.from() != null && range.from().equals(range.to())
                    ? "" : ".." + bound(range.to()));
        }

        private static String bound(Double d) {
            if (d == null) {
                return "";
            }
            return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
        }
    }

    /** {@code a OR b OR c}: at least one of the clauses. */
    public record AnyOf(List<Clause> clauses) implements Clause {
        public AnyOf {
            clauses = List.copyOf(clauses);
        }

        @Override
        public String toString() {
            return clauses.stream().map(Object::toString).collect(Collectors.joining(" OR ", "(", ")"));
        }
    }

    /** {@code -clause}: records matching it are left out. */
    public record Excluded(Clause clause) implements Clause {
        @Override
        public String toString() {
            return "-" + clause;
        }
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    @Override
    public String toString() {
        return clauses.stream().map(Object::toString).collect(Collectors.joining(" "));
    }
}
