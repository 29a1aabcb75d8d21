package dev.filmsearch.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart drawn as SVG: one group per category (a concurrency, a corpus), one bar per series (an
 * engine) in each group, the value printed over each bar. Panels can sit side by side in one picture. Pure.
 */
public final class BarChart {
    static final String[] COLOURS = {"#1f6feb", "#d29922", "#8250df", "#2da44e", "#cf222e", "#0a7ea4", "#9a6700"};
    static final int PANEL_WIDTH = 440;
    static final int HEIGHT = 300;

    /** One panel: its title, the unit of its values, categories along the axis and one value per series. */
    public record Panel(String title, String unit, List<String> categories, List<String> series, double[][] values) {
        /** @param values values[category][series]; NaN where there is none */
        public Panel {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    private BarChart() {
    }

    public static String svg(List<Panel> panels) {
        StringBuilder sb = start(PANEL_WIDTH * panels.size(), HEIGHT);
        for (int i = 0; i < panels.size(); i++) {
            panel(sb, panels.get(i), i * PANEL_WIDTH);
        }
        return sb.append("</svg>\n").toString();
    }

    private static void panel(StringBuilder sb, Panel p, int x0) {
        int left = x0 + 50;
        int top = 40;
        int plotWidth = PANEL_WIDTH - 70;
        int plotHeight = HEIGHT - 110;
        double max = 0;
        for (double[] row : p.values()) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        max = max <= 0 ? 1 : max * 1.15;
        sb.append(text(x0 + PANEL_WIDTH / 2, 20, "middle", "bold", p.title() + " (" + p.unit() + ")"));
        sb.append(line(left, top + plotHeight, left + plotWidth, top + plotHeight));
        int groups = p.categories().size();
        int perGroup = p.series().size();
        double groupWidth = (double) plotWidth / groups;
        double barWidth = Math.min(40, (groupWidth - 16) / perGroup);
        for (int g = 0; g < groups; g++) {
            double gx = left + g * groupWidth + (groupWidth - barWidth * perGroup) / 2;
            for (int s = 0; s < perGroup; s++) {
                double v = p.values()[g][s];
                if (Double.isNaN(v)) {
                    continue;
                }
                double h = v / max * plotHeight;
                double x = gx + s * barWidth;
                double y = top + plotHeight - h;
                sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                        + "fill=\"%s\"/>%n", x, y, barWidth - 2, h, COLOURS[s % COLOURS.length]));
                sb.append(text((int) (x + barWidth / 2), (int) y - 3, "middle", "normal", number(v)));
            }
            sb.append(text((int) (left + g * groupWidth + groupWidth / 2), top + plotHeight + 15, "middle", "normal",
                    p.categories().get(g)));
        }
        List<String> series = new ArrayList<>(p.series());
        int perRow = series.size() > 4 ? (series.size() + 1) / 2 : Math.max(1, series.size()); // two rows past four
        for (int s = 0; s < series.size(); s++) {
            int lx = x0 + 20 + s % perRow * ((PANEL_WIDTH - 40) / perRow);
            int ly = HEIGHT - 45 + s / perRow * 16;
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>%n",
                    lx, ly, COLOURS[s % COLOURS.length]));
            sb.append(text(lx + 14, ly + 9, "start", "normal", series.get(s)));
        }
    }

    static String number(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** An SVG picture of this size on a white background, still open: the charts' start. */
    static StringBuilder start(int width, int height) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", width, height, width, height));
        return sb.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width,
                height));
    }

    /** A grey line: an axis. */
    static String line(int x1, int y1, int x2, int y2) {
        return String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n",
                x1, y1, x2, y2);
    }

    /** A text element, its content escaped. */
    static String text(int x, int y, String anchor, String weight, String s) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-weight=\"%s\">%s</text>%n",
                x, y, anchor, weight, escape(s));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
