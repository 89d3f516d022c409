package org.rapporteur.ui.analysis;

import java.util.List;
import java.util.Random;

import org.rapporteur.progress.Cancellation;

/**
 * A Fruchterman–Reingold force-directed layout with a fixed seed (the same graph always gets the same picture),
 * followed by a pass that pushes apart nodes whose circle-and-label boxes overlap. Pure computation, no JavaFX: run it
 * in the background. Cost O(iterations × n²): meant for the few hundred nodes a readable network has.
 */
final class ForceDirectedLayout {
    /** Height of a node's label below its circle, in layout units. */
    static final double LABEL_HEIGHT = 14;
    private static final long SEED = 20_260_611L;
    private static final int ITERATIONS = 400;
    private static final int OVERLAP_PASSES = 120;
    private static final double MARGIN = 12;

    /** A node to place: its circle radius and the width of its label. */
    record Item(double radius, double labelWidth) {
        double halfWidth() {
            return Math.max(radius, labelWidth / 2) + 3;
        }
    }

    /** Two items drawn together by {@code strength} (0..1]. */
    record Spring(int a, int b, double strength) {
    }

    private final double width;
    private final double height;

    ForceDirectedLayout(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Positions (centre of each circle): {@code [i][0]} x, {@code [i][1]} y, within the layout's box. */
    double[][] place(List<Item> items, List<Spring> springs, Cancellation cancel) {
        int n = items.size();
        double[][] pos = new double[n][2];
        if (n == 0) {
            return pos;
        }
        Random random = new Random(SEED);
        for (int i = 0; i < n; i++) {
            // a jittered circle: deterministic, and no two nodes start on top of each other
            double angle = 2 * Math.PI * i / n;
            double r = 0.35 + 0.1 * random.nextDouble();
            pos[i][0] = width / 2 + Math.cos(angle) * r * width;
            pos[i][1] = height / 2 + Math.sin(angle) * r * height;
        }
        if (n == 1) {
            pos[0][0] = width / 2;
            pos[0][1] = height / 2;
            return pos;
        }
        // a small graph keeps the spacing of a 30-node one instead of spreading over the whole box
        double k = 0.9 * Math.sqrt(width * height / Math.max(n, 30));
        double temperature = width / 8;
        double[][] disp = new double[n][2];
        for (int it = 0; it < ITERATIONS; it++) {
            if ((it & 31) == 0) {
                cancel.check();
            }
            for (double[] d : disp) {
                d[0] = 0;
                d[1] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = pos[i][0] - pos[j][0];
                    double dy = pos[i][1] - pos[j][1];
                    double d2 = Math.max(dx * dx + dy * dy, 0.01);
                    double f = k * k / d2;
                    disp[i][0] += dx * f;
                    disp[i][1] += dy * f;
                    disp[j][0] -= dx * f;
                    disp[j][1] -= dy * f;
                }
            }
            for (Spring s : springs) {
                double dx = pos[s.a][0] - pos[s.b][0];
                double dy = pos[s.a][1] - pos[s.b][1];
                double d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.01);
                double f = d * s.strength / k;
                disp[s.a][0] -= dx * f;
                disp[s.a][1] -= dy * f;
                disp[s.b][0] += dx * f;
                disp[s.b][1] += dy * f;
            }
            for (int i = 0; i < n; i++) {
                // gentle gravity keeps unconnected parts in the picture
                disp[i][0] += (width / 2 - pos[i][0]) * 0.006 * k;
                disp[i][1] += (height / 2 - pos[i][1]) * 0.006 * k;
                double len = Math.sqrt(disp[i][0] * disp[i][0] + disp[i][1] * disp[i][1]);
                if (len > 0) {
                    double step = Math.min(len, temperature);
                    pos[i][0] += disp[i][0] / len * step;
                    pos[i][1] += disp[i][1] / len * step;
                }
                clamp(pos[i], items.get(i));
            }
            temperature = Math.max(1, temperature * 0.985);
        }
        removeOverlaps(items, pos, cancel);
        return pos;
    }

    /** Pushes apart pairs whose boxes (circle plus label below it) overlap, along the axis of least overlap. */
    private void removeOverlaps(List<Item> items, double[][] pos, Cancellation cancel) {
        int n = items.size();
        for (int pass = 0; pass < OVERLAP_PASSES; pass++) {
            cancel.check();
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    Item a = items.get(i);
                    Item b = items.get(j);
                    double ox = a.halfWidth() + b.halfWidth() - Math.abs(pos[i][0] - pos[j][0]);
                    double ay0 = pos[i][1] - a.radius;
                    double ay1 = pos[i][1] + a.radius + LABEL_HEIGHT;
                    double by0 = pos[j][1] - b.radius;
                    double by1 = pos[j][1] + b.radius + LABEL_HEIGHT;
                    double oy = Math.min(ay1, by1) - Math.max(ay0, by0) + 2;
                    if (ox <= 0 || oy <= 0) {
                        continue;
                    }
                    moved = true;
                    if (ox < oy) {
                        double push = ox / 2 + 0.5;
                        double sign = pos[i][0] < pos[j][0] || (pos[i][0] == pos[j][0] && i < j) ? -1 : 1;
                        pos[i][0] += sign * push;
                        pos[j][0] -= sign * push;
                    } else {
                        double push = oy / 2 + 0.5;
                        double sign = pos[i][1] < pos[j][1] || (pos[i][1] == pos[j][1] && i < j) ? -1 : 1;
                        pos[i][1] += sign * push;
                        pos[j][1] -= sign * push;
                    }
                    clamp(pos[i], a);
                    clamp(pos[j], b);
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private void clamp(double[] p, Item item) {
        double hw = item.halfWidth() + MARGIN;
        p[0] = Math.max(hw, Math.min(width - hw, p[0]));
        p[1] = Math.max(item.radius + MARGIN, Math.min(height - item.radius - LABEL_HEIGHT - MARGIN, p[1]));
    }

    /** Number of overlapping box pairs in a placement: what the overlap pass minimises (for tests). */
    static int overlaps(List<Item> items, double[][] pos) {
        int count = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Item a = items.get(i);
                Item b = items.get(j);
                boolean x = Math.abs(pos[i][0] - pos[j][0]) < a.halfWidth() + b.halfWidth() - 1;
                boolean y = Math.min(pos[i][1] + a.radius + LABEL_HEIGHT, pos[j][1] + b.radius + LABEL_HEIGHT)
                        - Math.max(pos[i][1] - a.radius, pos[j][1] - b.radius) > 1;
                if (x && y) {
                    count++;
                }
            }
        }
        return count;
    }
}
