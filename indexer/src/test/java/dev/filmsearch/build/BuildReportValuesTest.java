package dev.filmsearch.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.corpus.normalise.ValueReport;
import dev.filmsearch.corpus.normalise.ValueReport.Count;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildReportValuesTest {
    @Test
    void the_summary_counts_mapped_values_and_repairs_and_names_the_unknown_values_most_met_first() {
        ValueReport report = new ValueReport(Map.of("genre", 101_371, "country", 11_471, "language", 5_028),
                Map.of("genre", List.of(new Count("Independent", 319), new Count("Live Action", 35)),
                        "country", List.of(new Count("New Line", 1))),
                Map.of("film title", 18, "film plot", 1));
        assertEquals("""
                values normalised: genres 101,371, countries 11,471, languages 5,028; texts with mojibake repaired: 19 \
                (film plot 1, film title 18)
                not in the vocabularies, kept as they are: genre Independent ×319, Live Action ×35; country New Line ×1
                """, BuildReport.valuesText(report));
    }

    @Test
    void past_eight_unknown_values_of_a_field_the_summary_says_how_many_more() {
        List<Count> many = List.of(new Count("a", 9), new Count("b", 8), new Count("c", 7), new Count("d", 6),
                new Count("e", 5), new Count("f", 4), new Count("g", 3), new Count("h", 2), new Count("i", 1),
                new Count("j", 1));
        assertEquals("""
                values normalised: genres 0, countries 0, languages 0; texts with mojibake repaired: 0
                not in the vocabularies, kept as they are: language a ×9, b ×8, c ×7, d ×6, e ×5, f ×4, g ×3, h ×2, \
                and 2 more
                """, BuildReport.valuesText(new ValueReport(Map.of(), Map.of("language", many), Map.of())));
    }
}
