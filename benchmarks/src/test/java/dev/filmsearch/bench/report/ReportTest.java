package dev.filmsearch.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.bench.docs.BenchDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    @TempDir
    Path dir;

    @Test
    void the_generated_part_replaces_only_the_text_between_the_markers() {
        String page = "# B\nintro\n" + ReportCommand.BEGIN + "\nold\n" + ReportCommand.END + "\nafter\n";
        assertEquals("# B\nintro\n" + ReportCommand.BEGIN + "\nnew\n" + ReportCommand.END + "\nafter\n",
                ReportCommand.splice(page, "new\n"));
        assertEquals("# B\n\n" + ReportCommand.BEGIN + "\nnew\n" + ReportCommand.END + "\n",
                ReportCommand.splice("# B\n", "new\n"));
    }

    @Test
    void tables_show_filmsearchs_ratio_to_each_peer_at_the_same_concurrency() throws Exception {
        Files.writeString(dir.resolve("env.tsv"), "date\t2026-11-24\n");
        Files.writeString(dir.resolve("wrk.tsv"), "filmsearch\t1\t200\t4\t8\t20\t0\t4000\t0\n"
                + "solr\t1\t100\t9\t12\t30\t0\t2000\t0\n");
        Files.writeString(dir.resolve("index.tsv"), "filmsearch\tshared\t1000\t2.0\t1048576\t102400\n"
                + "solr\tshared\t1000\t4.0\t2097152\t204800\n");
        Files.writeString(dir.resolve("startup.tsv"), "filmsearch\t1000\nsolr\t3000\n");
        String md = MarkdownReport.render(Results.read(dir), "benchmarks/");
        assertTrue(md.contains("| solr | 1 | 100 | 9.00 | 12.00 | 30.00 | 0 | 0 | 2000 | 2.00 | 1.50 |"), md);
        assertTrue(md.contains("| solr | shared | 1000 | 4.0 | 250 | 2 | 200 | 2.00 |"), md);
        assertTrue(md.contains("| solr | 3000 | 3.00 |"), md);
        assertTrue(md.contains("| filmsearch | 1000 | — |"), md);
    }

    @Test
    void answers_of_each_engine_are_joined_and_compared_by_top_10_overlap() throws Exception {
        Files.writeString(dir.resolve("env.tsv"), "date\t2026-11-24\n");
        Files.writeString(dir.resolve("answers-filmsearch.json"), """
                {"engines":["filmsearch"],"queries":[{"label":"single word","kind":"words","text":"war","director":null,
                 "answers":{"filmsearch":{"hits":5,"keys":["film/a","film/b","film/c"],"genres":{"War":4,"Drama":1},
                 "directors":{}}}}]}""");
        Files.writeString(dir.resolve("answers-solr.json"), """
                {"engines":["solr"],"queries":[{"label":"single word","kind":"words","text":"war","director":null,
                 "answers":{"solr":{"hits":7,"keys":["film/c","film/x","film/a"],"genres":{"War":6},
                 "directors":{}}}}]}""");
        Results r = Results.read(dir);
        assertEquals(2, r.compare().orElseThrow().path("queries").get(0).path("answers").size());
        String md = MarkdownReport.render(r, "benchmarks/");
        assertTrue(md.contains("| `war` | single word | 5 | 7 | 2/3 | War 4 / War 6 |"), md);
        assertEquals(7, BenchDocs.json().readTree(Files.readString(dir.resolve("answers-solr.json")))
                .path("queries").get(0).path("answers").path("solr").path("hits").asInt());
    }

    @Test
    void a_chart_has_one_bar_per_engine_and_concurrency_with_its_value() throws Exception {
        Files.writeString(dir.resolve("env.tsv"), "date\t2026-11-24\n");
        Files.writeString(dir.resolve("wrk.tsv"), "filmsearch\t1\t200\t4\t8\t20\t0\t4000\t0\n"
                + "solr\t1\t100\t9\t12\t30\t0\t2000\t0\nfilmsearch\t2\t300\t5\t9\t25\t0\t6000\t0\n");
        String svg = Charts.search(Results.read(dir));
        // two panels (requests/s, p99), each with 3 bars (solr has no c=2 run) and 2 legend keys
        assertEquals(10, svg.split("<rect x=").length - 1, svg);
        assertTrue(svg.contains(">200</text>") && svg.contains(">300</text>") && svg.contains(">30.0</text>"), svg);
    }

    @Test
    void each_setup_measured_both_ways_shows_its_success_beside_its_throughput_and_is_a_point_of_the_chart()
            throws Exception {
        Files.writeString(dir.resolve("env.tsv"), "date\t2026-12-02\n");
        Files.writeString(dir.resolve("wrk.tsv"), "filmsearch\t1\t200\t4\t8\t20\t0\t4000\t0\n"
                + "solr\t1\t400\t2\t4\t10\t0\t8000\t0\nsolr-matched\t1\t50\t9\t12\t30\t0\t1000\t0\n");
        Files.writeString(dir.resolve("relevance-filmsearch.json"), "{\"queries\":95,\"successAt1\":0.979}");
        Files.writeString(dir.resolve("relevance-solr.json"), "{\"queries\":95,\"successAt1\":0.474}");
        Files.writeString(dir.resolve("relevance-solr-matched.json"), "{\"queries\":95,\"successAt1\":0.8}");
        Results r = Results.read(dir);
        String md = MarkdownReport.render(r, "benchmarks/");
        assertTrue(md.contains("| setup | success@1 | requests/s at 1 | filmsearch × at 1 |"), md);
        assertTrue(md.contains("| filmsearch | 0.979 | 200 | — |"), md);
        assertTrue(md.contains("| solr | 0.474 | 400 | 0.50 |"), md);
        assertTrue(md.contains("| solr-matched | 0.800 | 50 | 4.00 |"), md);
        assertTrue(md.indexOf("| solr | 0.474 |") < md.indexOf("| solr-matched | 0.800 |"), "a setup after its engine");
        assertTrue(md.contains("](benchmarks/relevance-throughput.svg)"), md);
        String svg = Charts.relevanceAgainstThroughput(r);
        assertEquals(6, svg.split("<circle ").length - 1, svg); // a point and a key per setup
        assertTrue(svg.contains(">500</text>"), "round ticks up to 500 (400 × 1.1 rounded up): " + svg);
        assertTrue(svg.contains(">solr-matched</text>") && svg.contains(">requests/s at 1 connection</text>"), svg);
    }
}
