package dev.filmsearch.corpus.imdbtsv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NameTableTest {
    @Test
    void finds_names_added_in_any_order_and_keeps_the_first_of_a_repeated_id() {
        NameTable names = new NameTable();
        names.add(10499820, "Harunomiya Tsuji");
        names.add(1049982, "Óscar Jaenada");
        names.add(264, "Pedro Almodóvar");
        names.add(1049982, "Someone Else");
        names.freeze();

        assertEquals("Pedro Almodóvar", names.name(264));
        assertEquals("Óscar Jaenada", names.name(1049982));
        assertEquals("Harunomiya Tsuji", names.name(10499820));
        assertNull(names.name(634240));
        assertEquals(4, names.size());
    }

    @Test
    void stores_names_across_many_pages() {
        NameTable names = new NameTable();
        String filler = "x".repeat(900);
        for (int i = 300_000; i > 0; i -= 3) {
            names.add(i, i + " " + filler);
        }
        names.freeze();

        // 100,000 names of ~907 bytes: about 87 pages of 1 MiB
        assertEquals("3 " + filler, names.name(3));
        assertEquals("150000 " + filler, names.name(150_000));
        assertEquals("300000 " + filler, names.name(300_000));
        assertNull(names.name(1));
    }
}
