package dev.filmsearch.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MojibakeTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            La mala educaciÛn                        | La mala educación
            Le Fabuleux destin d'AmÈlie Poulain      | Le Fabuleux destin d'Amélie Poulain
            AstÈrix aux Jeux Olympiques              | Astérix aux Jeux Olympiques
            De battre mon coeur s'est arrÍtÈ         | De battre mon coeur s'est arrêté
            Les BronzÈs 3: amis pour la vie          | Les Bronzés 3: amis pour la vie
            Per qualche dollaro in pi˘               | Per qualche dollaro in più
            LÈon                                     | Léon
            AimÈe & Jaguar                           | Aimée & Jaguar
            CachÈ                                    | Caché
            Die F‰lscher                             | Die Fälscher
            DÈj‡ Vu                                  | Déjà Vu
            IndigËnes                                | Indigènes
            Obsluhoval jsem anglickÈho kr·le         | Obsluhoval jsem anglického krále
            La MÙme                                  | La Môme
            Joyeux NoÎl                              | Joyeux Noël
            MoliËre                                  | Molière
            """)
    void a_latin1_letter_read_as_mac_roman_is_repaired_in_each_vega_title(String damaged, String repaired) {
        assertEquals(repaired, Mojibake.repair(damaged));
    }

    @Test
    void a_windows_1252_ellipsis_read_as_mac_roman_alone_between_spaces_is_an_ellipsis_again() {
        assertEquals("I Love You … Don't Touch Me!", Mojibake.repair("I Love You Ö Don't Touch Me!"));
        assertEquals("Österreich Öl", Mojibake.repair("Österreich Öl"));
        assertEquals("All this said, Barnens Ö is a story", Mojibake.repair("All this said, Barnens Ö is a story"));
    }

    @Test
    void an_omega_after_a_digit_is_a_half_read_as_mac_roman() {
        assertEquals("The Naked Gun 2½: The Smell of Fear", Mojibake.repair("The Naked Gun 2Ω: The Smell of Fear"));
        assertEquals("Ω Centauri", Mojibake.repair("Ω Centauri"));
    }

    @Test
    void the_vega_titles_whose_signs_are_real_stay_as_they_are() {
        assertEquals("Alien³", Mojibake.repair("Alien³"));
        assertEquals("Ri¢hie Ri¢h", Mojibake.repair("Ri¢hie Ri¢h"));
    }

    @Test
    void correct_accents_capitals_and_other_alphabets_are_left_alone() {
        for (String right : new String[] {"Amélie", "La mala educación", "COLÈRE", "Ó Súilleabháin", "ÉLÉGIE",
                "Kırk Ikindi", "Jörg Buttgereit", "Sånt är livet", "Ça ira", "Mar adentro", "Дневной дозор", "東京物語",
                "Fahrenheit 9/11", "Spider-Man – Homecoming", "Don’t Look Now", "2001: A Space Odyssey", ""}) {
            assertEquals(right, Mojibake.repair(right), right);
        }
        assertNull(Mojibake.repair(null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lo más destacado son(ATENCIÓN) Ian Ziering
            lo bestia de "PARQUE JURÁSICO".Es terror
            DATOS SOBRE LA PELÍCULA:Fecha de estreno
            ¡ANDEANDARÁN!Los únicos
            !!AL TURRÓN!!Otra cinta
            un definitivo y redentor “SÍ”.A estas alturas
            aquesta pel·lícula, que sinó fos per
            Col·lecció PARAL·LEL
            a production under the Disney·UTV brand
            SÃO PAULO e IRMÃO
            Ãgua de Março
            Amélie, naïve, São Tomé, Ærøskøbing, Ñandú
            """)
    void capitals_and_signs_of_real_text_in_the_shared_sets_are_not_taken_for_mojibake(String right) {
        assertEquals(right, Mojibake.repair(right));
    }

    @Test
    void a_text_with_utf8_mojibake_gets_no_mac_roman_repair_on_top() {
        assertEquals("Academy Award®-nominee Samuel L. Jackson",
                Mojibake.repair("Academy AwardÂ®-nominee Samuel L. Jackson"));
    }

    @Test
    void utf8_read_as_windows_1252_is_decoded_again() {
        assertEquals("Amélie", Mojibake.repair("AmÃ©lie"));
        assertEquals("España, Pedro Almodóvar", Mojibake.repair("EspaÃ±a, Pedro AlmodÃ³var"));
        assertEquals("Déjà vu – ½", Mojibake.repair("DÃ©jÃ\u00A0 vu â€“ Â½"));
        assertEquals("Ã and Â alone", Mojibake.repair("Ã and Â alone"));
    }

    @Test
    void the_mac_roman_table_is_what_the_two_character_sets_say() {
        Charset macRoman = Charset.forName("x-MacRoman");
        Charset windows1252 = Charset.forName("windows-1252");
        StringBuilder seen = new StringBuilder();
        StringBuilder meant = new StringBuilder();
        IntStream.rangeClosed(0xE0, 0xFF).filter(b -> b != 0xF0 && b != 0xF5 && b != 0xF7).forEach(b -> {
            byte[] one = {(byte) b};
            seen.append(new String(one, macRoman));
            meant.append(new String(one, windows1252));
        });
        assertEquals(seen.toString(), Mojibake.MAC_ROMAN_SEEN);
        assertEquals(meant.toString(), Mojibake.LATIN_1_MEANT);
    }
}
