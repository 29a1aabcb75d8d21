package dev.filmsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
}
