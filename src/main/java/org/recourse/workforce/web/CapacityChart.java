package org.recourse.workforce.web;

import java.util.List;
import java.util.Locale;
import org.recourse.workforce.ShiftForecast;

/**
 * The week's shifts as a server-drawn SVG (no script): one bar per shift for the reviewers it needs, a dark tick for
 * today's roster, a bar drawn as "short" where the roster falls below the need; the day's name under its shifts.
 * The table beside it carries the same figures for screen readers and for copying; every text is escaped.
 */
final class CapacityChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int TOP = 24;
    private static final int BOTTOM = 36;

    private CapacityChart() {
    }

    /** {@code dayLabels}: one per day, in order; {@code title}: the chart's accessible name. */
    static String draw(String id, String title, List<ShiftForecast> shifts, List<String> dayLabels, int perDay) {
        double max = Math.max(1, shifts.stream().mapToInt(s -> Math.max(s.reviewersNeeded(), s.roster())).max().orElse(1));
        double slot = (double) WIDTH / Math.max(1, shifts.size());
        double plot = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(escape(id))
                .append("\" class=\"chart capacity-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"")
                .append(escape(id)).append("-title\"><title id=\"").append(escape(id)).append("-title\">")
                .append(escape(title)).append("</title>");
        for (int i = 0; i < shifts.size(); i++) {
            ShiftForecast shift = shifts.get(i);
            double x = i * slot + slot * 0.15;
            double width = slot * 0.7;
            double height = shift.reviewersNeeded() / max * plot;
            svg.append("<rect class=\"").append(shift.shortOfReviewers() ? "bar short" : "bar").append("\" x=\"")
                    .append(fmt(x)).append("\" y=\"").append(fmt(HEIGHT - BOTTOM - height)).append("\" width=\"")
                    .append(fmt(width)).append("\" height=\"").append(fmt(height)).append("\"/>");
            double roster = HEIGHT - BOTTOM - shift.roster() / max * plot;
            svg.append("<line class=\"roster\" x1=\"").append(fmt(i * slot)).append("\" x2=\"")
                    .append(fmt((i + 1) * slot)).append("\" y1=\"").append(fmt(roster)).append("\" y2=\"")
                    .append(fmt(roster)).append("\"/>");
            svg.append("<text class=\"value\" x=\"").append(fmt(x + width / 2)).append("\" y=\"")
                    .append(fmt(Math.min(HEIGHT - BOTTOM - height, roster) - 4))
                    .append("\" text-anchor=\"middle\">").append(shift.reviewersNeeded()).append("</text>");
        }
        svg.append("<line class=\"axis\" x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"").append(HEIGHT - BOTTOM)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
        for (int day = 0; day < dayLabels.size(); day++) {
            svg.append("<text class=\"month\" x=\"").append(fmt((day + 0.5) * perDay * slot)).append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 26).append("\" text-anchor=\"middle\">").append(escape(dayLabels.get(day)))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
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
