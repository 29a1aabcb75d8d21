package dev.filmsearch.bench.report;

import java.util.List;
import java.util.Locale;

/**
 * A scatter chart drawn as SVG: one labelled point per item (an engine's setup) against two axes that start at zero,
 * with a few ticks on each. Pure.
 */
public final class ScatterChart {
    static final int WIDTH = 560;
    static final int HEIGHT = 360;
    private static final int LEFT = 60;
    private static final int RIGHT = 30;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final int TICKS = 4;

    /** One point: its label and its values on the two axes. */
    public record Point(String label, double x, double y) {
    }

    private ScatterChart() {
    }

    /**
     * @param xMax the x axis's end (1 for a success rate); the y axis ends a little above the largest y
     */
    public static String svg(String title, String xLabel, double xMax, String yLabel, List<Point> points) {
        double yMax = points.stream().mapToDouble(Point::y).max().orElse(1);
        yMax = yMax <= 0 ? 1 : yMax * 1.15;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        sb.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        sb.append(text(WIDTH / 2, 20, "middle", "bold", title));
        sb.append(line(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight));
        sb.append(line(LEFT, TOP, LEFT, TOP + plotHeight));
        for (int i = 0; i <= TICKS; i++) {
            double xv = xMax * i / TICKS;
            int x = LEFT + plotWidth * i / TICKS;
            sb.append(text(x, TOP + plotHeight + 15, "middle", "normal", BarChart.number(xv)));
            double yv = yMax * i / TICKS;
            int y = TOP + plotHeight - plotHeight * i / TICKS;
            sb.append(text(LEFT - 6, y + 4, "end", "normal", BarChart.number(yv)));
        }
        sb.append(text(LEFT + plotWidth / 2, HEIGHT - 12, "middle", "normal", xLabel));
        sb.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 14 %d)\">%s</text>%n", TOP + plotHeight / 2, TOP + plotHeight / 2,
                escape(yLabel)));
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = LEFT + Math.max(0, Math.min(1, p.x() / xMax)) * plotWidth;
            double y = TOP + plotHeight - p.y() / yMax * plotHeight;
            String colour = BarChart.COLOURS[i % BarChart.COLOURS.length];
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>%n", x, y, colour));
            boolean right = x < LEFT + plotWidth * 0.7;
            sb.append(text((int) (x + (right ? 8 : -8)), (int) y - 6, right ? "start" : "end", "normal", p.label()));
        }
        return sb.append("</svg>\n").toString();
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n",
                x1, y1, x2, y2);
    }

    private static String text(int x, int y, String anchor, String weight, String s) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-weight=\"%s\">%s</text>%n",
                x, y, anchor, weight, escape(s));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
