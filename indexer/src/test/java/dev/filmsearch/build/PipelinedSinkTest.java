package dev.filmsearch.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelinedSinkTest {

    /** Writes what it is given as lines, and the name of the thread that gave it. */
    private static final class Recording implements RecordSink {
        final List<String> events = new ArrayList<>();
        final List<String> threads = new ArrayList<>();
        int failAt = -1;

        @Override
        public void accept(CatalogRecord record) {
            if (events.size() == failAt) {
                throw new IllegalStateException("store full");
            }
            events.add(record.id());
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void reject(Problem problem) {
            events.add(problem.toString());
            threads.add(Thread.currentThread().getName());
        }
    }

    private static Film film(int i) {
        return Film.builder("Film " + i).id("tt" + (1_000_000 + i)).year(2000).build();
    }

    @Test
    void records_and_problems_reach_the_catalogue_thread_in_the_order_the_reader_gave_them_across_batches() {
        Recording downstream = new Recording();
        List<String> expected = new ArrayList<>();
        try (PipelinedSink pipeline = new PipelinedSink(downstream, r -> r, "catalogue-test")) {
            for (int i = 0; i < 3 * PipelinedSink.BATCH + 7; i++) {
                if (i % 100 == 0) {
                    Problem p = new Problem("films.jsonl", i + 1, "no title");
                    pipeline.reject(p);
                    expected.add(p.toString());
                }
                pipeline.accept(film(i));
                expected.add("tt" + (1_000_000 + i));
            }
        }

        assertEquals(783, expected.size());
        assertEquals(expected, downstream.events);
        assertEquals(List.of("catalogue-test"), downstream.threads.stream().distinct().toList());
        assertNotEquals(Thread.currentThread().getName(), downstream.threads.getFirst());
    }

    @Test
    void the_prepare_step_runs_on_the_reader_s_thread_before_the_catalogue_sees_the_record() {
        Recording downstream = new Recording();
        List<String> prepared = new ArrayList<>();
        try (PipelinedSink pipeline = new PipelinedSink(downstream, r -> {
            prepared.add(Thread.currentThread().getName());
            return ((Film) r).toBuilder().title("Renamed").id("tt0000001").build();
        }, "catalogue-test")) {
            pipeline.accept(film(1));
        }

        assertEquals(List.of(Thread.currentThread().getName()), prepared);
        assertEquals(List.of("tt0000001"), downstream.events);
    }

    @Test
    void a_catalogue_failure_stops_the_pipeline_and_is_rethrown_when_it_closes() {
        Recording downstream = new Recording();
        downstream.failAt = 300;
        PipelinedSink pipeline = new PipelinedSink(downstream, r -> r, "catalogue-test");
        for (int i = 0; i < 20 * PipelinedSink.BATCH; i++) {
            pipeline.accept(film(i));
        }

        IllegalStateException e = assertThrows(IllegalStateException.class, pipeline::close);

        assertEquals("store full", e.getMessage());
        assertEquals(300, downstream.events.size());
    }
}
