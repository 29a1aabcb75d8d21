package dev.filmsearch.tools.generate.imdb;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a synthetic IMDb dump: the seven gzip files of IMDb's non-commercial datasets, with their headers,
 * {@code \N} nulls and row proportions, each sorted by its id as a string. Every file is cut into chunks of
 * about {@link ImdbDumpSettings#itemsPerChunk()} titles (or names) along the id order; chunks are generated and
 * compressed on all threads, a few at a time, and written in order, so memory stays bounded at any size and the
 * bytes are the same for any number of threads. See docs/scale-generator.md.
 */
public final class ImdbDumpGenerator {
    private static final long PROGRESS_NANOS = 10_000_000_000L;

    private final ImdbDumpSettings settings;
    private final PrintStream progress;

    /** {@code progress} gets a line every ten seconds and one per finished file. */
    public ImdbDumpGenerator(ImdbDumpSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    private record Task(int part, int chunk, int chunks) {
    }

    private record Chunk(byte[] gzip, long rows, long tsvBytes) {
    }

    private record Pending(Task task, Future<Chunk> result) {
    }

    /** Per worker thread: its row buffer and compressor. */
    private static final class Worker {
        final TsvBuffer buffer = new TsvBuffer(1 << 20);
        final GzipMember gzip = new GzipMember();
    }

    public ImdbDumpSummary run() throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(settings.out());
        DumpModel model = new DumpModel(settings.seed(), settings.titles(), settings.vocabulary());
        List<DumpPart> parts = DumpPart.all();
        List<Task> tasks = new ArrayList<>();
        double[] weights = new double[parts.size()];
        for (int p = 0; p < parts.size(); p++) {
            IdSpace ids = parts.get(p).perName() ? model.nameIds : model.titleIds;
            int chunks = ids.chunks(settings.itemsPerChunk());
            for (int c = 0; c < chunks; c++) {
                tasks.add(new Task(p, c, chunks));
            }
            weights[p] = parts.get(p).bytesPerTitle();
        }
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "imdb-tsv-generator-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        List<ImdbDumpSummary.FileSummary> files = new ArrayList<>();
        try {
            Deque<Pending> inFlight = new ArrayDeque<>();
            int window = settings.threads() * 2 + 1;
            int next = 0;
            OutputStream out = null;
            long rows = 0;
            long bytes = 0;
            long tsvBytes = 0;
            long allTsv = 0;
            double done = 0;
            double total = 0;
            for (double weight : weights) {
                total += weight;
            }
            long fileStart = System.nanoTime();
            long lastReport = System.nanoTime();
            while (next < tasks.size() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && next < tasks.size()) {
                    Task task = tasks.get(next++);
                    DumpPart part = parts.get(task.part());
                    inFlight.add(new Pending(task, pool.submit(() -> generate(model, part, task, workers.get()))));
                }
                Pending pending = inFlight.poll();
                Chunk chunk = result(pending.result());
                DumpPart part = parts.get(pending.task().part());
                Path path = settings.out().resolve(part.fileName());
                if (pending.task().chunk() == 0) {
                    out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 20);
                    rows = 0;
                    bytes = 0;
                    tsvBytes = 0;
                    fileStart = System.nanoTime();
                }
                out.write(chunk.gzip());
                rows += chunk.rows();
                bytes += chunk.gzip().length;
                tsvBytes += chunk.tsvBytes();
                allTsv += chunk.tsvBytes();
                done += weights[pending.task().part()] / pending.task().chunks();
                if (pending.task().chunk() == pending.task().chunks() - 1) {
                    out.close();
                    out = null;
                    files.add(new ImdbDumpSummary.FileSummary(part.fileName(), path, rows, bytes, tsvBytes));
                    progress.printf(Locale.ROOT, "generate: %s: %,d rows, %,d bytes (%,d bytes TSV) in %.1f s%n",
                            part.fileName(), rows, bytes, tsvBytes, (System.nanoTime() - fileStart) / 1e9);
                } else if (System.nanoTime() - lastReport >= PROGRESS_NANOS) {
                    lastReport = System.nanoTime();
                    double elapsed = (lastReport - start) / 1e9;
                    double fraction = done / total;
                    progress.printf(Locale.ROOT, "generate: %.0f%% · %s chunk %d of %d · %,d MB TSV · %s elapsed,"
                                    + " about %s to go%n", fraction * 100, part.fileName(), pending.task().chunk() + 1,
                            pending.task().chunks(), allTsv >> 20, minutes(elapsed),
                            minutes(elapsed / fraction - elapsed));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new ImdbDumpSummary(model.titles(), model.names(), files, (System.nanoTime() - start) / 1e9);
    }

    private static Chunk generate(DumpModel model, DumpPart part, Task task, Worker worker) {
        TsvBuffer buffer = worker.buffer;
        buffer.reset();
        if (task.chunk() == 0) {
            buffer.ascii(part.header()).newline();
        }
        IdSpace ids = part.perName() ? model.nameIds : model.titleIds;
        IdSpace.Cursor cursor = ids.chunk(task.chunk(), task.chunks());
        Titles titles = new Titles(model);
        long rows = 0;
        for (long k = cursor.next(); k >= 0; k = cursor.next()) {
            rows += part.write(k, titles, buffer);
        }
        return new Chunk(worker.gzip.compress(buffer.array(), buffer.size()), rows, buffer.size());
    }

    private static Chunk result(Future<Chunk> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    private static String minutes(double seconds) {
        long whole = Math.max(0, Math.round(seconds));
        return whole >= 60 ? "%dm%02ds".formatted(whole / 60, whole % 60) : whole + "s";
    }
}
