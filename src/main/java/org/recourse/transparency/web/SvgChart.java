package org.recourse.transparency.web;

import java.util.List;

/**
 * A bar chart drawn on the server as SVG markup, no script: one bar a month, its value written above it, a month with
 * a figure that is not published drawn as a dash with its label ("&lt; 5"). The SVG is an image named by its
 * {@code <title>}; the table beside it carries the same figures for screen readers and for copying. Every text that
 * enters it is escaped.
 *
 * <p>On a phone the chart is drawn at under half its size, so text sized for a desktop would be 8 px tall. The style
 * sheet (mobile first, {@code .chart.monthly}) writes the month names larger there and leaves out what would not
 * fit: the published values (class {@code value}; the table under the chart gives them) and the month names marked
 * {@code minor}, chosen here so that the larger names never overlap and a name that carries its year is always kept.
 * A withheld month keeps its label ({@code value unpublished}), which says why there is no bar.
 */
final class SvgChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int TOP = 34;
    private static final int BOTTOM = 40;
    /** Room either side, so the first and last month's labels are not cut at the edge. */
    private static final int MARGIN = 30;
    /** The month names' size on a phone, in the chart's units (recourse.css, {@code .chart.monthly text}). */
    static final double NARROW_MONTH_SIZE = 30;
    /** A generous width of one character, in ems, for the overlap test (the page's sans-serif is narrower). */
    private static final double CHAR_EM = 0.62;
    /** Space kept between two month names on a phone, in the chart's units. */
    private static final double GAP = 10;

    /** One bar: its label under the axis, its value (null: not published) and the text written above it. */
    record Bar(String label, Double value, String text) {
    }

    private SvgChart() {
    }

    static String draw(String id, String title, List<Bar> bars) {
        double max = bars.stream().filter(b -> b.value() != null).mapToDouble(Bar::value).max().orElse(0);
        double slot = (double) WIDTH / Math.max(bars.size(), 1);
        double plot = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart monthly\" viewBox=\"-").append(MARGIN)
                .append(" 0 ")
                .append(WIDTH + 2 * MARGIN).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(escape(id)).append("-title\">")
                .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>")
                .append("<line class=\"axis\" x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"").append(HEIGHT - BOTTOM)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
        boolean[] minor = minorLabels(bars.stream().map(Bar::label).toList(), slot);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = i * slot + slot * 0.15;
            double width = slot * 0.7;
            double height = bar.value() == null || max == 0 ? 0 : Math.max(bar.value() / max * plot, bar.value() > 0 ? 2 : 0);
            double y = HEIGHT - BOTTOM - height;
            if (bar.value() == null) {
                svg.append("<line class=\"withheld\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x + width))
                        .append("\" y1=\"").append(HEIGHT - BOTTOM - 4).append("\" y2=\"").append(HEIGHT - BOTTOM - 4)
                        .append("\"/>");
            } else {
                svg.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                        .append("\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(height)).append("\"/>");
            }
            svg.append(text(x + width / 2, Math.min(y, HEIGHT - BOTTOM - 8) - 6,
                    bar.value() == null ? "value unpublished" : "value", bar.text()));
            svg.append(text(x + width / 2, HEIGHT - BOTTOM + 26, minor[i] ? "month minor" : "month", bar.label()));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Which month names a phone leaves out. From the left, first among the names that carry a year, then among the
     * others, a name is kept when it does not come within {@link #GAP} of a name kept before it at
     * {@link #NARROW_MONTH_SIZE}: so a year is always shown, and no two names shown overlap.
     */
    static boolean[] minorLabels(java.util.List<String> labels, double slot) {
        int n = labels.size();
        boolean[] kept = new boolean[n];
        for (boolean years : new boolean[] {true, false}) {
            for (int i = 0; i < n; i++) {
                if (labels.get(i).chars().anyMatch(Character::isDigit) != years) {
                    continue;
                }
                boolean clear = true;
                for (int j = 0; j < n && clear; j++) {
                    clear = !kept[j]
                            || Math.abs(i - j) * slot >= halfWidth(labels.get(i)) + halfWidth(labels.get(j)) + GAP;
                }
                kept[i] = clear;
            }
        }
        boolean[] minor = new boolean[n];
        for (int i = 0; i < n; i++) {
            minor[i] = !kept[i];
        }
        return minor;
    }

    /** Half the width a month name takes on a phone, in the chart's units (estimated on the generous side). */
    static double halfWidth(String label) {
        return label.length() * CHAR_EM * NARROW_MONTH_SIZE / 2;
    }

    private static String text(double x, double y, String cssClass, String content) {
        return "<text class=\"" + cssClass + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"middle\">"
                + escape(content) + "</text>";
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
