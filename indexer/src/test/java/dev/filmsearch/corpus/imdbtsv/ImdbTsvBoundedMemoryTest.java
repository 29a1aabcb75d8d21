package dev.filmsearch.corpus.imdbtsv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shows that the reader streams: it reads 200,000 generated titles and their 200,000 aliases (in tconst order, as
 * the dumps are: streamed), 200,000 principals (scrambled: reported out of order and sorted) and 50,000 people
 * (scrambled) in a child JVM limited to a 32 MB heap. Held in memory, the 200,000 films (≈ 550 bytes each with
 * their credit and alias) would take about 110 MB, and their 200,000 person roles another 40 MB; the reader holds
 * one sort buffer of 5,000 rows per sort, one title's rows, one person's films and the name table (50,000 names ≈
 * 1.4 MB). (Checked by hand: the same read with a sink that keeps the records runs out of memory under the same
 * limit.)
 */
class ImdbTsvBoundedMemoryTest {
    private static final int TITLES = 200_000;
    private static final int PEOPLE = 50_000;

    @TempDir
    Path temp;

    /** The i-th of n ids in a scrambled order: 7919 is prime, so i → i·7919 mod n visits each id once. */
    private static int scrambled(int i, int n) {
        return (int) ((long) i * 7919 % n);
    }

    private static String tt(int n) {
        return String.format("tt%07d", 1_000_000 + n);
    }

    private static String nm(int n) {
        return String.format("nm%07d", 2_000_000 + n);
    }

    /**
     * Even titles have an actor playing a character, odd ones a director; each has a Spanish alias; person p is
     * known for title p.
     */
    private static void generate(Path dir) throws IOException {
        try (BufferedWriter basics = Files.newBufferedWriter(dir.resolve("title.basics.tsv"), StandardCharsets.UTF_8);
             BufferedWriter akas = Files.newBufferedWriter(dir.resolve("title.akas.tsv"), StandardCharsets.UTF_8);
             BufferedWriter principals = Files.newBufferedWriter(dir.resolve("title.principals.tsv"),
                     StandardCharsets.UTF_8)) {
            basics.write("tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear"
                    + "\truntimeMinutes\tgenres\n");
            akas.write("titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle\n");
            principals.write("tconst\tordering\tnconst\tcategory\tjob\tcharacters\n");
            for (int i = 0; i < TITLES; i++) {
                String title = "Generated Film Number " + i;
                basics.write(tt(i) + "\tmovie\t" + title + "\t" + title + "\t0\t" + (1900 + i % 120)
                        + "\t\\N\t" + (60 + i % 90) + "\tDrama,Comedy\n");
                akas.write(tt(i) + "\t1\tPelícula generada número " + i + "\tES\t\\N\timdbDisplay\t\\N\t0\n");
                int t = scrambled(i, TITLES);
                principals.write(tt(t) + "\t1\t" + nm(t % PEOPLE)
                        + (t % 2 == 0 ? "\tactor\t\\N\t[\"Character " + t + "\"]\n" : "\tdirector\t\\N\t\\N\n"));
            }
        }
        try (BufferedWriter names = Files.newBufferedWriter(dir.resolve("name.basics.tsv"), StandardCharsets.UTF_8)) {
            names.write("nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles\n");
            for (int i = 0; i < PEOPLE; i++) {
                int p = scrambled(i, PEOPLE);
                names.write(nm(p) + "\tPerson Number " + p + "\t" + (1900 + p % 100) + "\t\\N\tactor,director\t"
                        + tt(p) + "\n");
            }
        }
    }

    @Test
    void reads_200000_titles_with_a_32_mb_heap() throws Exception {
        Path dumps = Files.createDirectory(temp.resolve("dumps"));
        Path runs = Files.createDirectory(temp.resolve("runs"));
        generate(dumps);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx32m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), BoundedMemoryMain.class.getName(),
                dumps.toString(), runs.toString(), "5000"))
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "child finished");

        assertEquals(0, child.exitValue(), output);
        // person p is credited on titles p, p + 50,000, …: known for title p adds no film
        // the two problems: title.principals and name.basics are out of order
        assertEquals("films=200000 people=50000 problems=2 cast=100000 directors=100000 personFilms=200000"
                + " aliases=200000", output);
        try (Stream<Path> left = Files.list(runs)) {
            assertEquals(0, left.count(), "run files are removed");
        }
    }
}
