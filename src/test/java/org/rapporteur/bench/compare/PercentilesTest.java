package org.rapporteur.bench.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOfAHundredValuesIsTheValueAtThatRank() {
        double[] v = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray(); // 100 … 1, unsorted
        assertEquals(50, Percentiles.of(v, 50));
        assertEquals(99, Percentiles.of(v, 99));
        assertEquals(100, Percentiles.of(v, 100));
        assertEquals(1, Percentiles.of(v, 1));
    }

    @Test
    void p99OfFiftyRunsIsTheSlowestAndP50TheTwentyFifth() {
        double[] v = IntStream.rangeClosed(1, 50).mapToDouble(i -> i * 2.0).toArray();
        assertEquals(100, Percentiles.of(v, 99));
        assertEquals(50, Percentiles.of(v, 50));
    }

    @Test
    void everyFigureIsAMeasuredValueAndTheInputStaysAsItWas() {
        double[] v = {7.5, 1.25, 3.0};
        assertEquals(3.0, Percentiles.of(v, 50));
        assertEquals(1.25, Percentiles.of(v, 0.1));
        assertArrayEquals(new double[] {7.5, 1.25, 3.0}, v);
    }

    @Test
    void refusesAnEmptySampleAndPercentilesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {1}, 101));
    }
}
