package dev.filmsearch.bench.text;

import dev.filmsearch.model.Text;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The catalogue's per-film key work: a title's key, slug and folded form, for a mix of plain and accented
 * titles, done by {@link Text} against the regular expressions it used before (kept here as the baseline).
 * Run: {@code java -cp benchmarks/target/filmsearch-bench.jar org.openjdk.jmh.Main dev.filmsearch.bench.text}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TextBench {
    private static final String[] TITLES = {
        "The Godfather: Part II", "Amélie", "Das Boot", "El laberinto del fauno", "Pulp Fiction",
        "Star Wars: Episode IV - A New Hope", "Y tu mamá también", "The Lord of the Rings: The Return of the King",
        "La mala educación", "Schindler's List", "Episode #1.42", "Salvador Allende", "Crouching Tiger, Hidden Dragon",
        "Le fabuleux destin d'Amélie Poulain", "2001: A Space Odyssey", "Mar adentro",
    };
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{Alnum}]+");

    @Benchmark
    @OperationsPerInvocation(16)
    public void handWritten(Blackhole sink) {
        for (String title : TITLES) {
            sink.consume(Text.titleKey(title));
            sink.consume(Text.slug(title));
            sink.consume(Text.fold(title));
        }
    }

    @Benchmark
    @OperationsPerInvocation(16)
    public void regexBaseline(Blackhole sink) {
        for (String title : TITLES) {
            sink.consume(NON_ALNUM.matcher(fold(title)).replaceAll(""));
            String slug = NON_ALNUM.matcher(fold(title)).replaceAll("-").replaceAll("^-+|-+$", "");
            sink.consume(slug.isEmpty() ? "untitled" : slug);
            sink.consume(fold(title));
        }
    }

    private static String fold(String text) {
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return stripped.replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L')
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
                .toLowerCase(Locale.ROOT);
    }
}
