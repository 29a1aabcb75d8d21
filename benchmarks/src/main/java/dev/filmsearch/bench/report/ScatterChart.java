package dev.filmsearch.bench.report;

import java.util.List;
import java.util.Locale;

/**
 * A scatter chart drawn as SVG: one point per item (an engine's setup) against two axes that start at zero, with a
 * few round ticks on each, and a key of the items' colours and labels beside the plot. Pure.
 */
public final class ScatterChart {
    static final int WIDTH = 700;
    static final int HEIGHT = 360;
    private static final int LEFT = 60;
    /** Room right of the plot for the key. */
    private static final int RIGHT = 170;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final int TICKS = 4;

    /** One point: its label and its values on the two axes. */
    public record Point(String label, double x, double y) {
    }

    private ScatterChart() {
    }

    /**
     * @param xMax the x axis's end (1 for a success rate); the y axis ends at a round value ({@link #niceAbove}) a tenth above the largest y
     */
    public static String svg(String title, String xLabel, double xMax, String yLabel, List<Point> points) {
        double yMax = niceAbove(points.stream().mapToDouble(Point::y).max().orElse(1) * 1.1);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder sb = BarChart.start(WIDTH, HEIGHT);
        sb.append(BarChart.text(WIDTH / 2, 20, "middle", "bold", title));
        sb.append(BarChart.line(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight));
        sb.append(BarChart.line(LEFT, TOP, LEFT, TOP + plotHeight));
        for (int i = 0; i <= TICKS; i++) {
            double xv = xMax * i / TICKS;
            int x = LEFT + plotWidth * i / TICKS;
            sb.append(BarChart.text(x, TOP + plotHeight + 15, "middle", "normal", tick(xv)));
            double yv = yMax * i / TICKS;
            int y = TOP + plotHeight - plotHeight * i / TICKS;
            sb.append(BarChart.text(LEFT - 6, y + 4, "end", "normal", tick(yv)));
        }
        sb.append(BarChart.text(LEFT + plotWidth / 2, HEIGHT - 12, "middle", "normal", xLabel));
        sb.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 14 %d)\">%s</text>%n", TOP + plotHeight / 2, TOP + plotHeight / 2,
                BarChart.escape(yLabel)));
        for (int i = 0; i < points.size(); i++) { // the point, and its key right of the plot: a dot and its label
            Point p = points.get(i);
            String colour = BarChart.COLOURS[i % BarChart.COLOURS.length];
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>%n",
                    LEFT + Math.max(0, Math.min(1, p.x() / xMax)) * plotWidth,
                    TOP + plotHeight - p.y() / yMax * plotHeight, colour));
            int ky = TOP + 10 + i * 18;
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"%s\"/>%n",
                    LEFT + plotWidth + 20, ky - 4, colour));
            sb.append(BarChart.text(LEFT + plotWidth + 30, ky, "start", "normal", p.label()));
        }
        return sb.append("</svg>\n").toString();
    }

    private static String tick(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : BarChart.number(v);
    }

    /** The least of 1, 2, 2.5 and 5 times a power of ten at or above {@code v}: an axis end with round ticks. */
    static double niceAbove(double v) {
        if (v <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= v) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
