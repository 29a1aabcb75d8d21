package dev.filmsearch.corpus.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RatingScaleTest {
    @Test
    void puts_five_stars_on_ten_by_doubling() throws BadValue {
        RatingScale stars = RatingScale.parse("1-5");

        assertEquals(2.0, stars.toTen(1));
        assertEquals(8.0, stars.toTen(4));
        assertEquals(10.0, stars.toTen(5));
        assertEquals(7.0, stars.toTen(3.5));
    }

    @Test
    void puts_a_hundred_point_scale_on_ten_and_keeps_ten_point_ratings() throws BadValue {
        assertEquals(7.3, RatingScale.parse("0–100").toTen(73));
        assertEquals(0.7, new RatingScale(0, 100).toTen(7));
        assertEquals(7.0, RatingScale.parse("1-10").toTen(7));
        assertEquals(9.3, RatingScale.TEN.toTen(9.3));
    }

    @Test
    void calls_a_rating_outside_the_scale_a_bad_value() {
        assertEquals("outside 1–5", assertThrows(BadValue.class, () -> RatingScale.parse("1-5").toTen(0)).why());
        assertEquals("outside 0–10", assertThrows(BadValue.class, () -> RatingScale.TEN.toTen(10.5)).why());
        assertEquals("outside 0.5–2.5", assertThrows(BadValue.class,
                () -> RatingScale.parse("0.5-2.5").toTen(3)).why());
    }

    @Test
    void refuses_scales_that_are_not_ranges() {
        assertEquals("a rating scale is written \"1-5\" or {\"min\": 1, \"max\": 5}, not \"five\"",
                assertThrows(IllegalArgumentException.class, () -> RatingScale.parse("five")).getMessage());
        assertEquals("a rating scale needs 0 <= min < max, not 10–10",
                assertThrows(IllegalArgumentException.class, () -> RatingScale.parse("10-10")).getMessage());
    }
}
