package dev.filmsearch.build;

import dev.filmsearch.catalog.ResolutionCounts;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.normalise.RecordNormaliser;
import dev.filmsearch.corpus.normalise.ValueReport;
import dev.filmsearch.model.RecordType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable summary of a build (printed at the end of {@code filmsearch index}) and its full report. */
public record BuildReport(BuildSummary summary, List<Problem> problems) {

    /** The summary table: per source, then per type, then totals and time. */
    public String summaryText() {
        StringBuilder out = new StringBuilder(sourcesTable(summary.sources()));
        out.append(String.format(Locale.ROOT, "%n%-8s %10s %10s%n", "type", "read", "indexed"));
        for (RecordType type : RecordType.values()) {
            out.append(String.format(Locale.ROOT, "%-8s %10d %10d%n", type.label(), summary.read(type),
                    summary.indexed(type)));
        }
        out.append(String.format(Locale.ROOT, "%nrejected: %d; reviews linked to a film: %d of %d; quotes linked: %d of %d%n",
                summary.rejected(), summary.reviewsAttached(), summary.indexed(RecordType.REVIEW),
                summary.quotesAttached(), summary.indexed(RecordType.QUOTE)));
        out.append(valuesText(summary.values()));
        out.append(merges("films", summary.filmMerges())).append(merges("people", summary.peopleMerges()));
        if (!summary.skippedFiles().isEmpty()) {
            out.append("not corpus files, skipped: ").append(String.join(", ", summary.skippedFiles())).append('\n');
        }
        out.append(String.format(Locale.ROOT, "indexed %d records into %s in %.1f s%n", summary.indexedTotal(),
                summary.destination(), summary.took().toMillis() / 1000.0));
        StringBuilder phases = new StringBuilder();
        for (PhaseTime p : summary.phases()) {
            phases.append(phases.isEmpty() ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.1f s", p.phase(), p.took().toMillis() / 1000.0));
        }
        out.append("time: ").append(phases).append('\n');
        return out.toString();
    }

    /** At most this many unknown values are named per field in the summary. */
    static final int UNKNOWN_SHOWN = 8;

    /**
     * "values normalised: genres 101,371, countries 11,471, languages 5,028; texts with mojibake repaired: 19 (…)" and,
     * when some were not in the tables, "not in the vocabularies, kept as they are: genre Independent ×319, …".
     */
    static String valuesText(ValueReport values) {
        List<String> fields = List.of(RecordNormaliser.GENRE, RecordNormaliser.COUNTRY, RecordNormaliser.LANGUAGE);
        List<String> mapped = new ArrayList<>();
        for (String field : fields) {
            mapped.add(String.format(Locale.ROOT, "%s %,d", plural(field), values.mapped().getOrDefault(field, 0)));
        }
        StringBuilder out = new StringBuilder("values normalised: ").append(String.join(", ", mapped));
        out.append(String.format(Locale.ROOT, "; texts with mojibake repaired: %,d", values.repairedTotal()));
        if (!values.repaired().isEmpty()) {
            out.append(" (").append(counts(values.repaired())).append(')');
        }
        out.append('\n');
        List<String> unknown = new ArrayList<>();
        for (String field : fields) {
            List<ValueReport.Count> counts = values.unknown(field);
            if (counts.isEmpty()) {
                continue;
            }
            List<String> shown = new ArrayList<>();
            counts.stream().limit(UNKNOWN_SHOWN)
                    .forEach(c -> shown.add(String.format(Locale.ROOT, "%s ×%,d", c.value(), c.times())));
            if (counts.size() > UNKNOWN_SHOWN) {
                shown.add("and " + (counts.size() - UNKNOWN_SHOWN) + " more");
            }
            unknown.add(field + " " + String.join(", ", shown));
        }
        if (!unknown.isEmpty()) {
            out.append("not in the vocabularies, kept as they are: ").append(String.join("; ", unknown)).append('\n');
        }
        return out.toString();
    }

    private static String plural(String field) {
        return field.equals(RecordNormaliser.COUNTRY) ? "countries" : field + "s";
    }

    private static String counts(Map<String, Integer> byField) {
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(byField).forEach((field, n) -> parts.add(String.format(Locale.ROOT, "%s %,d", field, n)));
        return String.join(", ", parts);
    }

    /** "films merged: 12,083 (same id 3,400, title and year 8,100, …); kept apart: 31 (directors disagree 20, …)" */
    private static String merges(String what, ResolutionCounts counts) {
        return String.format(Locale.ROOT, "%s merged: %d (%s); kept apart: %d (%s)%n", what, counts.mergedTotal(),
                list(counts.merged()), counts.keptApart().values().stream().mapToLong(Long::longValue).sum(),
                list(counts.keptApart()));
    }

    private static String list(java.util.Map<String, Long> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((rule, n) -> out.append(out.isEmpty() ? "" : ", ").append(rule).append(' ').append(n));
        return out.toString();
    }

    private static String sourcesTable(List<SourceSummary> sources) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-60s %-10s %8s %8s %8s %8s %8s %8s%n", "source", "format", "films",
                "people", "reviews", "quotes", "rejected", "ignored"));
        for (SourceSummary s : sources) {
            out.append(String.format(Locale.ROOT, "%-60s %-10s %8d %8d %8d %8d %8d %8d%n", shorten(s.name()),
                    s.format(), s.read(RecordType.FILM), s.read(RecordType.PERSON), s.read(RecordType.REVIEW),
                    s.read(RecordType.QUOTE), s.rejected(), s.ignoredValues()));
        }
        List<SourceSummary> mapped = sources.stream().filter(s -> s.mapping() != null).toList();
        if (!mapped.isEmpty()) {
            out.append("\nread with mapping files:\n");
            for (SourceSummary s : mapped) {
                out.append("  ").append(s.name()).append(" ← ").append(s.mapping()).append('\n');
            }
        }
        return out.toString();
    }

    /** Summary plus every problem, one per line as {@code file:line: reason}. */
    public void writeTo(Path file) throws IOException {
        write(file, summaryText(), problems);
    }

    /** The report of a build that was refused before indexing: why, what each source gave, every problem. */
    public static void writeRefused(Path file, String reason, List<SourceSummary> sources, List<Problem> problems)
            throws IOException {
        write(file, "build refused: " + reason + "\n\n" + sourcesTable(sources), problems);
    }

    private static void write(Path file, String head, List<Problem> problems) throws IOException {
        StringBuilder text = new StringBuilder(head);
        text.append("\nproblems (").append(problems.size()).append("):\n");
        for (Problem p : problems) {
            text.append(p.rejected() ? "" : "[value ignored] ").append(p).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String shorten(String name) {
        return name.length() <= 60 ? name : "…" + name.substring(name.length() - 59);
    }
}
