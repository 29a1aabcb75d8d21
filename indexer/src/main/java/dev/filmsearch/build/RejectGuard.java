package dev.filmsearch.build;

import dev.filmsearch.corpus.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a bad build from replacing a good index. A build is refused, before anything is indexed, when its
 * readers rejected:
 * <ul>
 *   <li>every input of a file that gave no record at all (a file in a format nobody could read), or more than
 *       {@value #FILE_SHARE_PERCENT}% of a file's inputs when it has at least {@value #FILE_MINIMUM} of them;</li>
 *   <li>more than {@value #CORPUS_SHARE_PERCENT}% of the corpus's inputs, when it has at least
 *       {@value #CORPUS_MINIMUM}.</li>
 * </ul>
 * An input is a record read or a line, row or page rejected. {@code --accept-rejects} builds anyway.
 */
final class RejectGuard {
    static final int FILE_SHARE_PERCENT = 50;
    static final int FILE_MINIMUM = 20;
    static final int CORPUS_SHARE_PERCENT = 10;
    static final int CORPUS_MINIMUM = 100;

    private RejectGuard() {
    }

    /** Why the build must not be switched in, or empty when it may. */
    static Optional<String> verdict(List<SourceSummary> sources, List<Problem> problems) {
        Map<String, Map<String, Integer>> reasons = new HashMap<>();
        for (Problem p : problems) {
            if (p.rejected()) {
                reasons.computeIfAbsent(p.file(), f -> new HashMap<>()).merge(reasonKind(p.reason()), 1, Integer::sum);
            }
        }
        List<String> badFiles = new ArrayList<>();
        long inputs = 0;
        long rejected = 0;
        for (SourceSummary s : sources) {
            long read = s.read().values().stream().mapToLong(Integer::longValue).sum();
            long in = read + s.rejected();
            inputs += in;
            rejected += s.rejected();
            boolean nothingRead = read == 0 && s.rejected() > 0;
            boolean mostRejected = in >= FILE_MINIMUM && s.rejected() * 100 > in * FILE_SHARE_PERCENT;
            if (nothingRead || mostRejected) {
                badFiles.add(String.format(Locale.ROOT, "%s: %,d of %,d rejected%s", s.name(), s.rejected(), in,
                        commonest(reasons.get(s.name()))));
            }
        }
        if (!badFiles.isEmpty()) {
            return Optional.of((badFiles.size() == 1 ? "a file had most of its" : badFiles.size()
                    + " files had most of their") + " records rejected (" + String.join("; ", badFiles) + ")");
        }
        if (inputs >= CORPUS_MINIMUM && rejected * 100 > inputs * CORPUS_SHARE_PERCENT) {
            return Optional.of(String.format(Locale.ROOT, "%,d of the corpus's %,d records were rejected (more than"
                    + " %d%%)", rejected, inputs, CORPUS_SHARE_PERCENT));
        }
        return Optional.empty();
    }

    /** A reason without its particulars: "no type" stays, "bad year 'PG'" becomes "bad year". */
    private static String reasonKind(String reason) {
        int quote = reason.indexOf('\'');
        return (quote > 0 ? reason.substring(0, quote) : reason).strip();
    }

    private static String commonest(Map<String, Integer> reasons) {
        if (reasons == null || reasons.isEmpty()) {
            return "";
        }
        return ", mostly: " + reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .findFirst().orElseThrow().getKey();
    }
}
