package dev.digestbot.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Weighted logistic regression with an L2 penalty, fitted by Newton's method: minimizes
 * {@code Σ w·logloss(y, σ(β·x)) / Σ w + λ/2·|β|²}, the intercept (when there is one) unpenalized.
 * Deterministic: the same examples in the same order give the same weights, to the last bit.
 */
final class Logistic {

    /** One example: features, label (0 or 1) and weight. */
    record Example(double[] x, double y, double weight) {
    }

    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-10;

    private Logistic() {
    }

    /**
     * @param intercept whether the last coefficient is an intercept (a constant 1 is appended to
     *     each example's features for it)
     * @return the coefficients, the intercept last when asked for
     */
    static double[] fit(List<Example> examples, double lambda, boolean intercept) {
        int d = examples.get(0).x().length + (intercept ? 1 : 0);
        double[] beta = new double[d];
        double total = examples.stream().mapToDouble(Example::weight).sum();
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (Example e : examples) {
                double[] x = withBias(e.x(), intercept);
                double p = sigmoid(dot(beta, x));
                double w = e.weight() / total;
                double g = w * (p - e.y());
                double h = w * Math.max(p * (1 - p), 1e-12);
                for (int i = 0; i < d; i++) {
                    gradient[i] += g * x[i];
                    for (int j = 0; j <= i; j++) {
                        hessian[i][j] += h * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < i; j++) {
                    hessian[j][i] = hessian[i][j];
                }
                boolean penalized = !intercept || i < d - 1;
                gradient[i] += penalized ? lambda * beta[i] : 0;
                hessian[i][i] += penalized ? lambda : 1e-9;
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) {
                beta[i] -= step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return beta;
    }

    /**
     * {@link #fit} on the features centred and scaled to unit variance, so the penalty weighs
     * every feature alike whatever its units (a product of two rank scores spans hundreds, a
     * coverage one); the coefficients come back in the features' own units, the intercept last.
     */
    static double[] fitStandardized(List<Example> examples, double lambda) {
        int d = examples.get(0).x().length;
        double total = examples.stream().mapToDouble(Example::weight).sum();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (Example e : examples) {
            for (int i = 0; i < d; i++) {
                mean[i] += e.weight() * e.x()[i] / total;
            }
        }
        for (Example e : examples) {
            for (int i = 0; i < d; i++) {
                double c = e.x()[i] - mean[i];
                scale[i] += e.weight() * c * c / total;
            }
        }
        for (int i = 0; i < d; i++) {
            scale[i] = scale[i] > 1e-12 ? Math.sqrt(scale[i]) : 1;
        }
        List<Example> standardized = new ArrayList<>(examples.size());
        for (Example e : examples) {
            double[] x = new double[d];
            for (int i = 0; i < d; i++) {
                x[i] = (e.x()[i] - mean[i]) / scale[i];
            }
            standardized.add(new Example(x, e.y(), e.weight()));
        }
        double[] beta = fit(standardized, lambda, true);
        double[] original = new double[d + 1];
        double intercept = beta[d];
        for (int i = 0; i < d; i++) {
            original[i] = beta[i] / scale[i];
            intercept -= original[i] * mean[i];
        }
        original[d] = intercept;
        return original;
    }

    static double sigmoid(double s) {
        return 1 / (1 + StrictMath.exp(-s));
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] withBias(double[] x, boolean intercept) {
        if (!intercept) {
            return x;
        }
        double[] with = Arrays.copyOf(x, x.length + 1);
        with[x.length] = 1;
        return with;
    }

    /** Solves {@code a·s = b} for a symmetric positive definite {@code a} (Cholesky). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] s = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * s[k];
            }
            s[i] = sum / l[i][i];
        }
        return s;
    }
}
