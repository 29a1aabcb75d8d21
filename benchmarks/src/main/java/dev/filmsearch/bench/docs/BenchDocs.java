package dev.filmsearch.bench.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the exported {@code docs.jsonl} in batches, for the peers' loaders. */
public final class BenchDocs {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Receives one batch of records. */
    @FunctionalInterface
    public interface BatchConsumer {
        void accept(List<BenchDoc> batch) throws IOException, InterruptedException;
    }

    private BenchDocs() {
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** Calls {@code consumer} with consecutive batches of at most {@code batchSize} records; returns the count. */
    public static long forEachBatch(Path docs, int batchSize, BatchConsumer consumer)
            throws IOException, InterruptedException {
        long count = 0;
        List<BenchDoc> batch = new ArrayList<>(batchSize);
        try (BufferedReader in = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                batch.add(JSON.readValue(line, BenchDoc.class));
                if (batch.size() == batchSize) {
                    consumer.accept(List.copyOf(batch));
                    count += batch.size();
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            consumer.accept(List.copyOf(batch));
            count += batch.size();
        }
        return count;
    }
}
