package dev.filmsearch.corpus.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.RecordType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A row seen through a mapping: each method reads one of our fields from the columns the mapping names for it.
 * A value that cannot be read is left out and noted in {@link #ignored()} as
 * {@code ignored COLUMN 'VALUE': why}; the row itself is kept.
 */
final class MappedRow {
    /** A release known by its year, or by its date (and so its year). */
    record Released(Integer year, LocalDate date) {
    }

    @FunctionalInterface
    interface Reading<T> {
        T read(JsonNode value) throws BadValue;
    }

    private final Row row;
    private final Mapping mapping;
    private final RecordType type;
    private final ObjectMapper json;
    private final List<String> ignored = new ArrayList<>();

    MappedRow(Row row, Mapping mapping, RecordType type, ObjectMapper json) {
        this.row = row;
        this.mapping = mapping;
        this.type = type;
        this.json = json;
    }

    /** The reasons of the values left out so far, in the order they were met. */
    List<String> ignored() {
        return List.copyOf(ignored);
    }

    String text(String field) {
        return first(field, Values::text);
    }

    String prose(String field) {
        return first(field, Values::prose);
    }

    /** The value of a column that is not one of our fields (the mapping's {@code idField}). */
    String column(String column) {
        Row.Cell cell = row.get(column);
        return cell == null ? null : read(cell, Values::text);
    }

    Integer count(String field) {
        Long n = first(field, Values::count);
        return n == null ? null : (int) Math.min(n, Integer.MAX_VALUE);
    }

    Long votes(String field) {
        return first(field, Values::count);
    }

    /** A rating on the mapping's scale, put on 0–10. */
    Double rating(String field) {
        return first(field, v -> mapping.ratingScale().toTen(Values.number(v)));
    }

    /** Minutes; 0 stands for "unknown" in several sources and is read as absent. */
    Integer minutes(String field) {
        Integer minutes = first(field, Values::minutes);
        return minutes == null || minutes == 0 ? null : minutes;
    }

    Integer year(String field) {
        return first(field, v -> checked(Values.year(v, mapping.dateFormats())));
    }

    LocalDate date(String field) {
        return first(field, v -> shifted(Values.date(v, mapping.dateFormats())));
    }

    /** A release date column, which may hold only a year. */
    Released release(String field) {
        Released released = first(field, v -> Values.isYear(v)
                ? new Released(checked(Values.year(v, mapping.dateFormats())), null)
                : released(shifted(Values.date(v, mapping.dateFormats()))));
        return released == null ? new Released(null, null) : released;
    }

    Language language(String field) {
        return first(field, Values::language);
    }

    int[] helpful(String field) {
        return first(field, Values::helpful);
    }

    /** A film reference: the {@code tt…} id inside the value if there is one, else the value as it is. */
    String filmRef(String field) {
        String ref = text(field);
        String tt = Ids.imdbTitleId(ref);
        return tt != null ? tt : ref;
    }

    /** The {@code tt…} ({@code nm…} for people) id inside a column such as an IMDb link; null when none. */
    String imdbId(String field) {
        Function<String, String> find = type == RecordType.PERSON ? Ids::imdbNameId : Ids::imdbTitleId;
        String prefix = type == RecordType.PERSON ? "nm" : "tt";
        return first(field, v -> {
            String id = find.apply(Values.text(v));
            if (id == null) {
                throw new BadValue("no " + prefix + " id in it");
            }
            return id;
        });
    }

    /** The names of a list field, from every column that feeds it, without repeats. */
    List<String> list(String field) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Item item : items(field)) {
            String name = read(item.cell(), item.value(), Values::itemText);
            if (name != null) {
                names.putIfAbsent(name, name);
            }
        }
        return List.copyOf(names.values());
    }

    List<Credit> credits(String field) {
        Map<String, Credit> credits = new LinkedHashMap<>();
        for (Item item : items(field)) {
            String name = read(item.cell(), item.value(), Values::itemText);
            if (name != null) {
                credits.putIfAbsent(name, new Credit(personId(item.value(), name), name));
            }
        }
        return List.copyOf(credits.values());
    }

    /** Cast members: names, or objects {@code {"name", "character", "id"}}; a name appears once. */
    List<CastMember> cast(String field) {
        Map<String, CastMember> cast = new LinkedHashMap<>();
        for (Item item : items(field)) {
            String name = read(item.cell(), item.value(), Values::itemText);
            if (name != null) {
                String character = item.value().isObject() ? Nested.text(item.value(), "character") : null;
                cast.putIfAbsent(name, new CastMember(personId(item.value(), name), name, character));
            }
        }
        return List.copyOf(cast.values());
    }

    /** The objects of a list field, each read by {@code reading}; an item that cannot be read is left out. */
    <T> List<T> objects(String field, Reading<T> reading) {
        List<T> out = new ArrayList<>();
        for (Item item : items(field)) {
            T value = read(item.cell(), item.value(), v -> {
                if (!v.isObject()) {
                    throw new BadValue("not an object");
                }
                return reading.read(v);
            });
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private record Item(Row.Cell cell, JsonNode value) {
    }

    private List<Item> items(String field) {
        List<Item> items = new ArrayList<>();
        for (Row.Cell cell : cells(field)) {
            List<JsonNode> values = read(cell, v -> Values.items(v, mapping.listSeparators(), json));
            if (values != null) {
                values.forEach(v -> items.add(new Item(cell, v)));
            }
        }
        return items;
    }

    private static String personId(JsonNode item, String name) {
        String id = item.isObject() ? Nested.text(item, "id") : null;
        String nm = Ids.imdbNameId(id);
        return nm != null ? nm : id != null ? id : Ids.personId(null, name);
    }

    private Released released(LocalDate date) {
        return new Released(date.getYear(), date);
    }

    private int checked(int year) throws BadValue {
        int y = mapping.latestYear() != null && year > mapping.latestYear() ? year - 100 : year;
        if (!Values.plausibleYear(y)) {
            throw new BadValue("not a year from " + Values.FIRST_YEAR + " to " + Values.LAST_YEAR);
        }
        return y;
    }

    private LocalDate shifted(LocalDate date) throws BadValue {
        int year = checked(date.getYear());
        return date.plusYears(year - date.getYear());
    }

    private List<Row.Cell> cells(String field) {
        return mapping.keys(type, field).stream().map(row::cell).filter(Objects::nonNull).distinct().toList();
    }

    /** The value of the first column that feeds {@code field} and is present in the row. */
    private <T> T first(String field, Reading<T> reading) {
        List<Row.Cell> cells = cells(field);
        return cells.isEmpty() ? null : read(cells.getFirst(), reading);
    }

    private <T> T read(Row.Cell cell, Reading<T> reading) {
        return read(cell, cell.value(), reading);
    }

    private <T> T read(Row.Cell cell, JsonNode value, Reading<T> reading) {
        try {
            return reading.read(value);
        } catch (BadValue e) {
            ignored.add("ignored " + cell.column() + " '" + Values.shown(value) + "': " + e.why());
            return null;
        }
    }
}
