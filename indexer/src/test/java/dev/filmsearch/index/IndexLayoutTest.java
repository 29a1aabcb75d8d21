package dev.filmsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLayoutTest {
    @TempDir
    Path root;

    @Test
    void a_new_folder_has_no_current_generation() {
        assertEquals(Optional.empty(), new IndexLayout(root.resolve("index")).current());
    }

    @Test
    void publishing_a_build_makes_it_current() throws IOException {
        IndexLayout layout = new IndexLayout(root);
        Path build = layout.newBuildDirectory();

        Path generation = layout.publish(build);

        assertEquals(root.resolve("gen-000001"), generation);
        assertEquals(Optional.of(generation), layout.current());
        assertEquals("gen-000001\n", Files.readString(root.resolve("CURRENT")));
    }

    @Test
    void an_interrupted_build_leaves_the_last_good_generation_current_and_is_cleaned_up_by_the_next() throws IOException {
        IndexLayout layout = new IndexLayout(root);
        Path good = layout.publish(layout.newBuildDirectory());
        Path interrupted = layout.newBuildDirectory();
        Files.writeString(interrupted.resolve("_0.cfs"), "half written");

        assertEquals(Optional.of(good), layout.current());

        Path next = layout.newBuildDirectory();
        assertFalse(Files.exists(interrupted));
        assertEquals(root.resolve(".building-000003"), next);
    }

    @Test
    void publishing_keeps_the_previous_generation_and_deletes_older_ones() throws IOException {
        IndexLayout layout = new IndexLayout(root);
        Path first = layout.publish(layout.newBuildDirectory());
        Path second = layout.publish(layout.newBuildDirectory());
        Path third = layout.publish(layout.newBuildDirectory());

        assertFalse(Files.exists(first));
        assertTrue(Files.isDirectory(second));
        assertEquals(Optional.of(third), layout.current());
    }

    @Test
    void publishing_flushes_the_generation_then_the_pointer_file_then_the_folder() throws IOException {
        List<String> syncs = new ArrayList<>();
        IndexLayout layout = new IndexLayout(root, (path, isDirectory) -> syncs.add(
                root.relativize(path) + (isDirectory ? "/" : "") + " with CURRENT " + pointer() + ", CURRENT.tmp "
                        + (Files.exists(root.resolve("CURRENT.tmp")) ? Files.readString(root.resolve("CURRENT.tmp")).strip() : "absent")
                        + (Files.isDirectory(root.resolve("gen-000001")) ? ", gen-000001 in place" : "")));

        layout.publish(layout.newBuildDirectory());

        assertEquals(List.of(
                "/ with CURRENT absent, CURRENT.tmp absent, gen-000001 in place",
                "CURRENT.tmp with CURRENT absent, CURRENT.tmp gen-000001, gen-000001 in place",
                "/ with CURRENT gen-000001, CURRENT.tmp absent, gen-000001 in place"), syncs);
    }

    private String pointer() throws IOException {
        Path current = root.resolve("CURRENT");
        return Files.exists(current) ? Files.readString(current).strip() : "absent";
    }

    @Test
    void a_leased_generation_outlives_later_builds_and_is_deleted_by_the_first_build_after_its_release()
            throws IOException {
        IndexLayout layout = new IndexLayout(root);
        Path served = layout.publish(layout.newBuildDirectory());
        ReaderLease lease = layout.lease(served);

        layout.publish(layout.newBuildDirectory());
        layout.publish(layout.newBuildDirectory());
        layout.publish(layout.newBuildDirectory());

        assertEquals(List.of("gen-000001", "gen-000003", "gen-000004"), generations());
        lease.close();
        assertFalse(Files.exists(lease.file()));
        layout.publish(layout.newBuildDirectory());
        assertEquals(List.of("gen-000004", "gen-000005"), generations());
    }

    @Test
    void a_lease_left_by_a_process_that_died_does_not_keep_its_generation() throws IOException {
        IndexLayout layout = new IndexLayout(root);
        Path served = layout.publish(layout.newBuildDirectory());
        Path stale = Files.createDirectories(root.resolve(".readers")).resolve("gen-000001.0123.lease");
        Files.writeString(stale, "");
        Path gone = Files.writeString(root.resolve(".readers/gen-000000.4567.lease"), "");

        layout.publish(layout.newBuildDirectory());
        layout.publish(layout.newBuildDirectory());

        assertFalse(Files.exists(served));
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(gone), "a stale lease on a generation deleted long ago is removed too");
        assertEquals(List.of(), List.of(root.resolve(".readers").toFile().list()));
    }

    @Test
    void a_generation_being_deleted_cannot_be_leased() throws IOException {
        IndexLayout layout = new IndexLayout(root);
        Path generation = layout.publish(layout.newBuildDirectory());
        Files.writeString(root.resolve(".deleting-gen-000001"), "");

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> layout.lease(generation));

        assertEquals(generation + ": the generation is gone or being deleted", e.getMessage());
        assertEquals(List.of(), List.of(root.resolve(".readers").toFile().list()), "the lease was given back");
    }

    @Test
    void a_second_writer_in_the_same_process_is_refused_and_the_first_keeps_its_lock() throws Exception {
        IndexLayout layout = new IndexLayout(root);
        try (Lock first = layout.lockForWriting()) {
            IndexLayout.WriterBusyException e = assertThrows(IndexLayout.WriterBusyException.class,
                    layout::lockForWriting);

            assertEquals("another build is writing the index folder " + root, e.getMessage());
            first.ensureValid();
            assertEquals("exit 1: " + root + " is busy", hold("write"));
        }
        assertEquals("held", hold("write"));
    }

    @Test
    void a_generation_leased_by_another_process_is_kept_until_that_process_ends() throws Exception {
        IndexLayout layout = new IndexLayout(root);
        Path served = layout.publish(layout.newBuildDirectory());
        Process reader = start("lease", "gen-000001");
        try {
            layout.publish(layout.newBuildDirectory());
            layout.publish(layout.newBuildDirectory());
            assertTrue(Files.isDirectory(served), "leased by a live process");
        } finally {
            reader.destroyForcibly().waitFor();
        }

        layout.publish(layout.newBuildDirectory());

        assertEquals(List.of("gen-000003", "gen-000004"), generations());
    }

    @Test
    void a_writer_in_another_process_makes_a_second_one_wait_its_turn() throws Exception {
        Process writer = start("write");
        try {
            assertThrows(IndexLayout.WriterBusyException.class, new IndexLayout(root)::lockForWriting);
        } finally {
            writer.destroyForcibly().waitFor();
        }
        new IndexLayout(root).lockForWriting().close();
    }

    private List<String> generations() throws IOException {
        try (var files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        }
    }

    /** Starts a {@link HoldIndexFolder} process and waits until it holds what it was asked to. */
    private Process start(String... what) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), HoldIndexFolder.class.getName(), what[0], root.toString()));
        command.addAll(List.of(what).subList(1, what.length));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String first = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertEquals("held", first);
        return p;
    }

    /** Runs a {@link HoldIndexFolder} process that gives up at once: "held", or why it could not. */
    private String hold(String what) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), HoldIndexFolder.class.getName(), what, root.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return p.exitValue() == 0 ? out : "exit " + p.exitValue() + ": " + out;
    }
}
