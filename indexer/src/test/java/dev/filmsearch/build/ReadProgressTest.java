package dev.filmsearch.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.ReadMeter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadProgressTest {
    @Test
    void ticks_report_the_bytes_read_so_far_capped_at_the_total_and_closing_reports_the_total(@TempDir Path dir)
            throws Exception {
        Path path = Files.write(dir.resolve("films.jsonl"), new byte[10_000]);
        ReadMeter meter = new ReadMeter();
        CorpusFile file = new CorpusFile(path, "films.jsonl").metered(meter);
        List<Long> heard = new ArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void progress(long done) {
                heard.add(done);
            }
        };

        try (ReadProgress progress = new ReadProgress(meter, 15_000, listener, 3_600_000);
             InputStream in = file.openStream()) {
            progress.tick();
            in.readNBytes(4_000);
            progress.tick();
            in.readNBytes(6_000);
            progress.tick();
            try (InputStream again = file.openStream()) {
                again.readNBytes(10_000);
            }
            progress.tick();
        }

        assertEquals(List.of(0L, 4_000L, 10_000L, 15_000L, 15_000L), heard);
    }

    @Test
    void the_charset_sniff_of_a_file_is_not_counted(@TempDir Path dir) throws Exception {
        Path path = Files.writeString(dir.resolve("films.jsonl"), "{\"type\":\"film\",\"title\":\"Heat\"}\n");
        ReadMeter meter = new ReadMeter();

        new CorpusFile(path, "films.jsonl").metered(meter).charset();

        assertEquals(0, meter.bytes());
    }
}
