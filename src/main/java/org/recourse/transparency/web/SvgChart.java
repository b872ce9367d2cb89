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
 * A withheld month keeps its label ({@code value unpublished}), which says why there is no bar. On a wider screen
 * every text is shown but those marked {@code minor-wide}: a month name or a value that would touch its neighbour
 * there (two names with a year side by side, a monthly count of five digits).
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
    /** Space kept between two month names on a phone, in the chart's units. */
    static final double NARROW_GAP = 10;
    /** The month names' and the values' sizes on a wider screen (recourse.css, in its {@code min-width} block). */
    static final double WIDE_MONTH_SIZE = 18;
    static final double WIDE_VALUE_SIZE = 19;
    /** A generous width of one character, in ems, for the overlap test (the page's sans-serif is narrower). */
    private static final double CHAR_EM = 0.62;

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
        List<String> labels = bars.stream().map(Bar::label).toList();
        boolean[] minor = thinned(labels, slot, NARROW_MONTH_SIZE, NARROW_GAP);
        boolean[] minorWide = thinned(labels, slot, WIDE_MONTH_SIZE, 0);
        boolean[] valueWide = thinned(bars.stream().map(Bar::text).toList(), slot, WIDE_VALUE_SIZE, 0);
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
                    (bar.value() == null ? "value unpublished" : "value") + (valueWide[i] ? " minor-wide" : ""),
                    bar.text()));
            svg.append(text(x + width / 2, HEIGHT - BOTTOM + 26,
                    "month" + (minor[i] ? " minor" : "") + (minorWide[i] ? " minor-wide" : ""), bar.label()));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Which texts of a row are left out at {@code size}: from the left, first among the texts that carry a digit (the
     * month names with a year), then among the others, a text is kept when it does not come within {@code gap} of a
     * text kept before it. So no two texts shown overlap, and among month names a year is always shown.
     */
    static boolean[] thinned(List<String> texts, double slot, double size, double gap) {
        int n = texts.size();
        boolean[] kept = new boolean[n];
        for (boolean digits : new boolean[] {true, false}) {
            for (int i = 0; i < n; i++) {
                if (texts.get(i).chars().anyMatch(Character::isDigit) != digits) {
                    continue;
                }
                boolean clear = true;
                for (int j = 0; j < n && clear; j++) {
                    clear = !kept[j] || Math.abs(i - j) * slot
                            >= halfWidth(texts.get(i), size) + halfWidth(texts.get(j), size) + gap;
                }
                kept[i] = clear;
            }
        }
        boolean[] left = new boolean[n];
        for (int i = 0; i < n; i++) {
            left[i] = !kept[i];
        }
        return left;
    }

    /** Half the width a text takes at {@code size}, in the chart's units (estimated on the generous side). */
    static double halfWidth(String text, double size) {
        return text.length() * CHAR_EM * size / 2;
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
