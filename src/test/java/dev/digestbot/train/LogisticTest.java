package dev.digestbot.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticTest {

    /** Labels drawn from a known logistic model with intercept -1 and weights 2 and -3. */
    private static List<Logistic.Example> sample(long seed, int n) {
        Random random = new Random(seed);
        List<Logistic.Example> examples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] x = {random.nextGaussian(), random.nextGaussian()};
            double p = Logistic.sigmoid(-1 + 2 * x[0] - 3 * x[1]);
            examples.add(new Logistic.Example(x, random.nextDouble() < p ? 1 : 0, 1));
        }
        return examples;
    }

    @Test
    void itRecoversTheWeightsOfTheModelThatMadeTheLabels() {
        double[] beta = Logistic.fit(sample(7, 20_000), 1e-6, true);
        assertTrue(Math.abs(beta[0] - 2) < 0.15 && Math.abs(beta[1] + 3) < 0.2 && Math.abs(beta[2] + 1) < 0.1,
                java.util.Arrays.toString(beta));
    }

    @Test
    void theSameExamplesGiveTheSameWeightsToTheLastBit() {
        assertArrayEquals(Logistic.fit(sample(3, 2_000), 1e-3, true), Logistic.fit(sample(3, 2_000), 1e-3, true));
    }

    @Test
    void thePenaltyShrinksTheWeights() {
        double[] loose = Logistic.fit(sample(5, 2_000), 1e-6, true);
        double[] tight = Logistic.fit(sample(5, 2_000), 1.0, true);
        assertTrue(Math.abs(tight[0]) < Math.abs(loose[0]) && Math.abs(tight[1]) < Math.abs(loose[1]));
    }

    @Test
    void standardizedTheWeightsComeBackInTheFeaturesOwnUnits() {
        double[] beta = Logistic.fitStandardized(sample(7, 20_000), 1e-6);
        assertTrue(Math.abs(beta[0] - 2) < 0.15 && Math.abs(beta[1] + 3) < 0.2 && Math.abs(beta[2] + 1) < 0.1,
                java.util.Arrays.toString(beta));
    }

    @Test
    void standardizedThePenaltyDoesNotDependOnAFeaturesUnits() {
        List<Logistic.Example> examples = sample(5, 2_000);
        List<Logistic.Example> inCents = examples.stream()
                .map(e -> new Logistic.Example(new double[] {100 * e.x()[0], e.x()[1]}, e.y(), e.weight())).toList();
        double[] plain = Logistic.fitStandardized(examples, 0.1);
        double[] scaled = Logistic.fitStandardized(inCents, 0.1);
        assertEquals(plain[0], 100 * scaled[0], 1e-9);
        assertEquals(plain[1], scaled[1], 1e-9);
        double[] unstandardized = Logistic.fit(inCents, 0.1, true);
        assertTrue(Math.abs(100 * unstandardized[0] - plain[0]) > 0.01, "without standardizing, the units matter");
    }
}
