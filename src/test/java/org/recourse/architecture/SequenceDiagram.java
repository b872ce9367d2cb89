package org.recourse.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sequence diagram written by hand (who calls whom, in order) and drawn as an SVG, with a check that it still names
 * the code: each participant's classes exist, each call is a method of the class called, each event is observed by the
 * classes it goes to. So a renamed class or method fails the suite instead of leaving the drawing wrong.
 */
final class SequenceDiagram {

    private static final double FONT = 12;
    private static final double CHAR = FONT * 0.6;
    private static final double MARGIN = 24;
    private static final double GAP = 16;
    private static final double STEP = 32;
    private static final String INK = "#1f2937";
    private static final String CALL = "#374151";
    private static final String EVENT = "#7c3aed";

    private record Participant(String key, List<String> lines, List<String> classes, boolean actor) {
    }

    private enum Kind { CALL, REPLY, EVENT, NOTE }

    /** One step: a message from one participant to another (or itself), or a note over a span of them. */
    private record Step(Kind kind, String from, String to, String label, String checked, String why,
            List<String> observers) {
    }

    private final String title;
    private final String subtitle;
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final List<Step> steps = new ArrayList<>();

    private SequenceDiagram(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    static SequenceDiagram titled(String title, String subtitle) {
        return new SequenceDiagram(title, subtitle);
    }

    /** Someone outside the code (a reporter, the platform). */
    SequenceDiagram actor(String key, String... lines) {
        participants.put(key, new Participant(key, List.of(lines), List.of(), true));
        return this;
    }

    /** One lifeline for these classes of org.recourse (by simple name), which share a part of the work. */
    SequenceDiagram classes(String key, String... simpleNames) {
        participants.put(key, new Participant(key, List.of(simpleNames), List.of(simpleNames), false));
        return this;
    }

    /** A call; {@code method} is the name the called classes must have (null when the called side is an actor). */
    SequenceDiagram call(String from, String to, String label, String method) {
        return call(from, to, label, method, "");
    }

    /** A call, with why or what for in a few words, written after the arrow. */
    SequenceDiagram call(String from, String to, String label, String method, String why) {
        return add(new Step(Kind.CALL, from, to, label, method, why, List.of()));
    }

    /** An answer going back. */
    SequenceDiagram reply(String from, String to, String label) {
        return add(new Step(Kind.REPLY, from, to, label, null, "", List.of()));
    }

    /** A CDI event fired in the same transaction, to these classes of {@code to}, which must observe it. */
    SequenceDiagram event(String from, String to, String eventClass, String why, String... observers) {
        return add(new Step(Kind.EVENT, from, to, "«" + eventClass + "» " + String.join(", ", observers), eventClass,
                why, List.of(observers)));
    }

    /** A note over the participants from {@code from} to {@code to}; lines split at \n. */
    SequenceDiagram note(String from, String to, String text) {
        return add(new Step(Kind.NOTE, from, to, text, null, "", List.of()));
    }

    private SequenceDiagram add(Step step) {
        if (!participants.containsKey(step.from()) || !participants.containsKey(step.to())) {
            throw new IllegalArgumentException("Unknown participant in " + step);
        }
        steps.add(step);
        return this;
    }

    // --- Still true of the code? -----------------------------------------------------------------------------------

    /** What no longer matches the code, in words; empty when everything named exists. */
    List<String> problems(JavaClasses classes) {
        List<String> problems = new ArrayList<>();
        Map<String, List<JavaClass>> bySimpleName = new LinkedHashMap<>();
        classes.stream().filter(type -> type.getName().startsWith(PackageGraph.ROOT + "."))
                .forEach(type -> bySimpleName.computeIfAbsent(type.getSimpleName(), name -> new ArrayList<>()).add(type));
        for (Participant participant : participants.values()) {
            for (String name : participant.classes()) {
                if (!bySimpleName.containsKey(name)) {
                    problems.add(title + ": no class " + name + " in org.recourse (renamed or gone?)");
                }
            }
        }
        for (Step step : steps) {
            List<JavaClass> targets = participants.get(step.to()).classes().stream()
                    .flatMap(name -> bySimpleName.getOrDefault(name, List.of()).stream()).toList();
            if (step.kind() == Kind.CALL && step.checked() != null && targets.stream().noneMatch(type ->
                    type.getAllMethods().stream().anyMatch(method -> method.getName().equals(step.checked())))) {
                problems.add(title + ": none of " + participants.get(step.to()).classes() + " has a method "
                        + step.checked() + " (\"" + step.label() + "\")");
            }
            if (step.kind() == Kind.EVENT) {
                step.observers().stream().filter(name -> !participants.get(step.to()).classes().contains(name))
                        .forEach(name -> problems.add(title + ": " + name + " is not on the lifeline the event "
                                + step.checked() + " goes to"));
                for (JavaClass target : targets.stream()
                        .filter(type -> step.observers().contains(type.getSimpleName())).toList()) {
                    boolean observes = target.getMethods().stream().map(JavaCodeUnit::getRawParameterTypes)
                            .anyMatch(types -> types.stream().anyMatch(t -> t.getSimpleName().equals(step.checked())));
                    if (!observes) {
                        problems.add(title + ": " + target.getSimpleName() + " does not observe " + step.checked());
                    }
                }
            }
        }
        return problems;
    }

    // --- Drawing ----------------------------------------------------------------------------------------------------

    private static double textWidth(String text) {
        return text.length() * CHAR;
    }

    private double boxWidth(Participant participant) {
        return Math.max(104, participant.lines().stream().mapToDouble(SequenceDiagram::textWidth).max().orElse(0) + 24);
    }

    private double boxHeight() {
        int lines = participants.values().stream().mapToInt(p -> p.lines().size()).max().orElse(1);
        return 14 + 16 * lines;
    }

    /** Lifeline x per participant: apart enough for the boxes and for each label between neighbours. */
    private Map<String, Double> columns() {
        List<Participant> order = List.copyOf(participants.values());
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i).key(), i);
        }
        double[] x = new double[order.size()];
        for (int j = 0; j < order.size(); j++) {
            x[j] = j == 0 ? MARGIN + boxWidth(order.get(0)) / 2
                    : x[j - 1] + boxWidth(order.get(j - 1)) / 2 + GAP + boxWidth(order.get(j)) / 2;
            for (Step step : steps) {
                if (step.kind() == Kind.NOTE) {
                    continue;
                }
                int a = index.get(step.from());
                int b = index.get(step.to());
                if (Math.max(a, b) == j && a != b) {
                    x[j] = Math.max(x[j], x[Math.min(a, b)] + textWidth("00. " + step.label()) + 24);
                }
                if (a == b && a == j - 1) {
                    x[j] = Math.max(x[j], x[a] + textWidth("00. " + step.label()) + 56);
                }
            }
        }
        Map<String, Double> columns = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            columns.put(order.get(i).key(), x[i]);
        }
        return columns;
    }

    String svg() {
        Map<String, Double> x = columns();
        List<Participant> order = List.copyOf(participants.values());
        Participant last = order.get(order.size() - 1);
        double width = Math.max(x.get(last.key()) + boxWidth(last) / 2 + MARGIN,
                2 * MARGIN + Math.max(textWidth(subtitle), title.length() * 16 * 0.6));
        for (Step step : steps) {
            if (step.kind() == Kind.NOTE) {
                double left = Math.min(x.get(step.from()), x.get(step.to())) - 40;
                double longest = java.util.Arrays.stream(step.label().split("\n")).mapToDouble(SequenceDiagram::textWidth)
                        .max().orElse(0);
                width = Math.max(width, Math.max(Math.max(x.get(step.from()), x.get(step.to())) + 40,
                        left + longest + 20) + MARGIN);
            } else if (!step.why().isEmpty()) {
                width = Math.max(width, Math.max(x.get(step.from()), x.get(step.to())) + 14 + textWidth(step.why())
                        + MARGIN);
            }
        }
        double top = 74;
        double y = top + boxHeight() + 26;
        StringBuilder body = new StringBuilder();
        int number = 0;
        for (Step step : steps) {
            if (step.kind() == Kind.NOTE) {
                y = note(body, step, x, y);
                continue;
            }
            number++;
            y = message(body, step, number, x, y);
        }
        double bottom = y + 6;
        double height = bottom + boxHeight() + MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"")
                .append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"")
                .append(n(FONT)).append("\" role=\"img\">\n");
        svg.append("  <title>").append(escape(title)).append("</title>\n");
        svg.append("  <defs>\n");
        marker(svg, "call", CALL, true);
        marker(svg, "reply", CALL, false);
        marker(svg, "event", EVENT, true);
        svg.append("  </defs>\n");
        svg.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("  <text x=\"").append(n(MARGIN)).append("\" y=\"32\" font-size=\"16\" font-weight=\"bold\" fill=\"")
                .append(INK).append("\">").append(escape(title)).append("</text>\n");
        svg.append("  <text x=\"").append(n(MARGIN)).append("\" y=\"54\" fill=\"#4b5563\">").append(escape(subtitle))
                .append("</text>\n");
        for (Participant participant : order) {
            double cx = x.get(participant.key());
            svg.append("  <line x1=\"").append(n(cx)).append("\" y1=\"").append(n(top + boxHeight()))
                    .append("\" x2=\"").append(n(cx)).append("\" y2=\"").append(n(bottom))
                    .append("\" stroke=\"#9ca3af\" stroke-dasharray=\"4 4\"/>\n");
            participant(svg, participant, cx, top);
            participant(svg, participant, cx, bottom);
        }
        svg.append(body);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void participant(StringBuilder svg, Participant participant, double cx, double y) {
        double w = boxWidth(participant);
        svg.append("  <g><rect x=\"").append(n(cx - w / 2)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(w)).append("\" height=\"").append(n(boxHeight())).append("\" rx=\"")
                .append(participant.actor() ? "16" : "5").append("\" fill=\"")
                .append(participant.actor() ? "#fef3c7" : "#e8f0fb").append("\" stroke=\"")
                .append(participant.actor() ? "#b45309" : "#3b6aa8").append("\" stroke-width=\"1.3\"/>");
        double lineY = y + (boxHeight() - 16 * participant.lines().size()) / 2 + 12;
        for (String line : participant.lines()) {
            svg.append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(lineY))
                    .append("\" text-anchor=\"middle\" fill=\"").append(INK).append("\">").append(escape(line))
                    .append("</text>");
            lineY += 16;
        }
        svg.append("</g>\n");
    }

    private double message(StringBuilder svg, Step step, int number, Map<String, Double> x, double y) {
        double x1 = x.get(step.from());
        double x2 = x.get(step.to());
        String colour = step.kind() == Kind.EVENT ? EVENT : CALL;
        String label = number + ". " + step.label();
        if (x1 == x2) {
            svg.append("  <path d=\"M").append(n(x1)).append(',').append(n(y)).append(" h26 v14 h-24\" fill=\"none\" "
                    + "stroke=\"").append(colour).append("\" marker-end=\"url(#call)\"/>\n");
            text(svg, x1 + 32, y + 4, "start", label, colour);
            return y + STEP + 8;
        }
        boolean right = x2 > x1;
        double end = x2 + (right ? -2 : 2);
        svg.append("  <line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y + 6)).append("\" x2=\"")
                .append(n(end)).append("\" y2=\"").append(n(y + 6)).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"1.3\"")
                .append(step.kind() == Kind.CALL ? "" : " stroke-dasharray=\"6 4\"")
                .append(" marker-end=\"url(#").append(step.kind() == Kind.REPLY ? "reply" : step.kind() == Kind.EVENT
                        ? "event" : "call").append(")\"/>\n");
        text(svg, right ? x1 + 8 : x1 - 8, y, right ? "start" : "end", label, colour);
        if (!step.why().isEmpty()) {
            svg.append("  <text x=\"").append(n(Math.max(x1, x2) + 12)).append("\" y=\"").append(n(y + 10))
                    .append("\" fill=\"#6b7280\" font-style=\"italic\" stroke=\"#ffffff\" stroke-width=\"4\" "
                            + "paint-order=\"stroke\">").append(escape(step.why())).append("</text>\n");
        }
        return y + STEP;
    }

    private double note(StringBuilder svg, Step step, Map<String, Double> x, double y) {
        String[] lines = step.label().split("\n");
        double left = Math.min(x.get(step.from()), x.get(step.to())) - 40;
        double longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, textWidth(line));
        }
        double right = Math.max(Math.max(x.get(step.from()), x.get(step.to())) + 40, left + longest + 20);
        double height = 10 + 16 * lines.length;
        svg.append("  <g><rect x=\"").append(n(left)).append("\" y=\"").append(n(y - 12)).append("\" width=\"")
                .append(n(right - left)).append("\" height=\"").append(n(height))
                .append("\" fill=\"#fffbeb\" stroke=\"#d4a017\" stroke-width=\"1\"/>");
        double lineY = y + 3;
        for (String line : lines) {
            svg.append("<text x=\"").append(n(left + 10)).append("\" y=\"").append(n(lineY)).append("\" fill=\"")
                    .append("#4b3a06").append("\">").append(escape(line)).append("</text>");
            lineY += 16;
        }
        svg.append("</g>\n");
        return y + height + 14;
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String words, String colour) {
        svg.append("  <text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" fill=\"").append(colour)
                .append("\" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\">").append(escape(words))
                .append("</text>\n");
    }

    private static void marker(StringBuilder svg, String id, String colour, boolean filled) {
        svg.append("    <marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
                + "markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10")
                .append(filled ? " z\" fill=\"" + colour + "\"" : "\" fill=\"none\" stroke=\"" + colour + "\"")
                .append("/></marker>\n");
    }

    private static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
