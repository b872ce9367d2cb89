package org.recourse.transparency.web;

import java.util.List;

/**
 * A bar chart drawn on the server as SVG markup, no script: one bar a month, its value written above it, a month with
 * a figure that is not published drawn as a dash with its label ("&lt; 5"). The SVG is an image named by its
 * {@code <title>}; the table beside it carries the same figures for screen readers and for copying. Every text that
 * enters it is escaped.
 */
final class SvgChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int TOP = 34;
    private static final int BOTTOM = 40;
    /** Room either side, so the first and last month's labels are not cut at the edge. */
    private static final int MARGIN = 30;

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
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"-").append(MARGIN).append(" 0 ")
                .append(WIDTH + 2 * MARGIN).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(escape(id)).append("-title\">")
                .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>")
                .append("<line class=\"axis\" x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"").append(HEIGHT - BOTTOM)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
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
            svg.append(text(x + width / 2, Math.min(y, HEIGHT - BOTTOM - 8) - 6, "value", bar.text()));
            svg.append(text(x + width / 2, HEIGHT - BOTTOM + 26, "month", bar.label()));
        }
        return svg.append("</svg>").toString();
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
