package org.recourse.architecture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Draws the {@link PackageGraph} as an SVG, without Graphviz: the packages as boxes in the rows of {@link Layers}
 * (the platform at the bottom), an arrow from each importer to what it imports, and an import against the flow in red.
 * A layered drawing in the manner of Sugiyama: an arrow that crosses rows passes each row through a point of its own
 * (so it never runs through a box), the order within each row is chosen to cross few arrows (barycentres, kept at
 * the best of several sweeps), and the points are then moved towards their neighbours. Every step is deterministic
 * (sorted input, no clock, numbers printed to one decimal), so the same code always gives the same file.
 */
final class PackageDiagram {

    private static final double FONT = 14;
    private static final double CHAR = FONT * 0.6; // a monospaced glyph's advance
    private static final double BOX_HEIGHT = 34;
    private static final double ROW_GAP = 62;
    private static final double MARGIN = 28;
    private static final double HEADER = 112;
    private static final double BOX_GAP = 30;
    private static final double LANE_GAP = 11;
    /**
     * The package nearly everything imports: drawn as a bar under the whole diagram, its imports by the packages above
     * left out (the bar says who does not import it), so that the arrows that remain can be followed.
     */
    static final String FOUNDATION = "platform";
    /** A box that this many arrows come down into is widened under them, so that they drop straight in. */
    private static final int HUB = 8;

    private static final String INK = "#1f2937";
    private static final String ARROW = "#6b7280";
    private static final String AGAINST = "#dc2626";

    /** A box, or the point where an arrow crosses a row ({@code box} null). */
    private static final class Node {
        final String box;
        final int row;
        final double width;
        double x; // centre
        double left;
        double right;
        final List<Node> neighbours = new ArrayList<>();

        Node(String box, int row, double width) {
            this.box = box;
            this.row = row;
            this.width = width;
        }

        boolean isBox() {
            return box != null;
        }
    }

    /** An import as drawn: from the importer's box through one point per row crossed to the imported box. */
    private record Chain(PackageGraph.Edge edge, List<Node> nodes, boolean against) {
    }

    private final PackageGraph graph;
    private final List<List<Node>> rows = new ArrayList<>(); // 0 is the bottom row
    private final Map<String, Node> boxes = new LinkedHashMap<>();
    private final List<Chain> chains = new ArrayList<>();
    private final SortedSet<String> foundationImporters = new TreeSet<>();
    private Node foundation;

    private PackageDiagram(PackageGraph graph) {
        this.graph = graph;
    }

    /** The diagram of this graph, as the text of an SVG file. */
    static String svg(PackageGraph graph) {
        PackageDiagram diagram = new PackageDiagram(graph);
        diagram.placeInRows();
        diagram.connect();
        diagram.order();
        diagram.position();
        return diagram.draw();
    }

    // --- Rows -------------------------------------------------------------------------------------------------------

    private void placeInRows() {
        List<List<String>> layers = new ArrayList<>();
        for (List<String> layer : Layers.BOTTOM_UP) {
            List<String> present = layer.stream().filter(graph.packages()::contains).toList();
            if (!present.isEmpty()) {
                layers.add(present);
            }
        }
        List<String> unplaced = graph.packages().stream().filter(p -> Layers.of(p).isEmpty()).toList();
        if (!unplaced.isEmpty()) {
            layers.add(unplaced); // above everything: ArchitectureTest asks for their place
        }
        for (int row = 0; row < layers.size(); row++) {
            List<Node> nodes = new ArrayList<>();
            for (String name : layers.get(row)) {
                Node box = new Node(name, row, Math.max(96, name.length() * CHAR + 28));
                boxes.put(name, box);
                if (name.equals(FOUNDATION)) {
                    foundation = box; // not laid out with the others: it takes the room left in its row
                } else {
                    nodes.add(box);
                }
            }
            rows.add(nodes);
        }
    }

    private void connect() {
        for (PackageGraph.Edge edge : graph.edges()) {
            boolean against = Layers.againstTheFlow(edge);
            if (edge.to().equals(FOUNDATION) && !against) {
                foundationImporters.add(edge.from());
                continue;
            }
            Node from = boxes.get(edge.from());
            Node to = boxes.get(edge.to());
            List<Node> nodes = new ArrayList<>();
            nodes.add(from);
            int step = Integer.signum(to.row - from.row);
            for (int row = from.row + step; step != 0 && row != to.row; row += step) {
                Node lane = new Node(null, row, 0);
                rows.get(row).add(lane);
                nodes.add(lane);
            }
            nodes.add(to);
            for (int i = 1; i < nodes.size() && step != 0; i++) {
                nodes.get(i - 1).neighbours.add(nodes.get(i));
                nodes.get(i).neighbours.add(nodes.get(i - 1));
            }
            chains.add(new Chain(edge, nodes, against));
        }
    }

    // --- Order within rows: few crossings --------------------------------------------------------------------------

    private void order() {
        List<List<Node>> best = snapshot();
        long fewest = crossings();
        for (int sweep = 0; sweep < 24; sweep++) {
            boolean downwards = sweep % 2 == 0;
            for (int i = 1; i < rows.size(); i++) {
                int row = downwards ? rows.size() - 1 - i : i;
                int reference = downwards ? row + 1 : row - 1;
                sortByBarycentre(rows.get(row), reference);
            }
            long now = crossings();
            if (now < fewest) {
                fewest = now;
                best = snapshot();
            }
        }
        for (int row = 0; row < rows.size(); row++) {
            rows.get(row).clear();
            rows.get(row).addAll(best.get(row));
        }
    }

    private List<List<Node>> snapshot() {
        return rows.stream().map(row -> (List<Node>) new ArrayList<>(row)).toList();
    }

    private void sortByBarycentre(List<Node> row, int referenceRow) {
        Map<Node, Integer> position = positions(rows.get(referenceRow));
        Map<Node, Double> key = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            Node node = row.get(i);
            double sum = 0;
            int count = 0;
            for (Node neighbour : node.neighbours) {
                if (neighbour.row == referenceRow && position.containsKey(neighbour)) {
                    sum += position.get(neighbour);
                    count++;
                }
            }
            key.put(node, count == 0 ? i * rows.get(referenceRow).size() / (double) Math.max(1, row.size())
                    : sum / count);
        }
        row.sort(Comparator.comparingDouble(key::get)); // stable: ties keep their order
    }

    private static Map<Node, Integer> positions(List<Node> row) {
        Map<Node, Integer> position = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            position.put(row.get(i), i);
        }
        return position;
    }

    private long crossings() {
        long total = 0;
        for (int row = 0; row + 1 < rows.size(); row++) {
            Map<Node, Integer> lower = positions(rows.get(row));
            Map<Node, Integer> upper = positions(rows.get(row + 1));
            List<int[]> segments = new ArrayList<>();
            for (Node node : rows.get(row)) {
                for (Node neighbour : node.neighbours) {
                    if (neighbour.row == row + 1 && upper.containsKey(neighbour)) {
                        segments.add(new int[] {lower.get(node), upper.get(neighbour)});
                    }
                }
            }
            for (int i = 0; i < segments.size(); i++) {
                for (int j = i + 1; j < segments.size(); j++) {
                    int[] a = segments.get(i);
                    int[] b = segments.get(j);
                    if ((long) (a[0] - b[0]) * (a[1] - b[1]) < 0) {
                        total++;
                    }
                }
            }
        }
        return total;
    }

    // --- Positions: each point moves towards its neighbours, keeping its order and spacing -------------------------

    private static double gap(Node a, Node b) {
        if (a.isBox() && b.isBox()) {
            return BOX_GAP;
        }
        return a.isBox() || b.isBox() ? LANE_GAP + 6 : LANE_GAP;
    }

    private static double spacing(Node a, Node b) {
        return a.width / 2 + gap(a, b) + b.width / 2;
    }

    private void position() {
        double widest = 0;
        for (List<Node> row : rows) {
            double x = 0;
            for (int i = 0; i < row.size(); i++) {
                x += i == 0 ? row.get(i).width / 2 : spacing(row.get(i - 1), row.get(i));
                row.get(i).x = x;
            }
            widest = Math.max(widest, x + (row.isEmpty() ? 0 : row.get(row.size() - 1).width / 2));
        }
        for (List<Node> row : rows) {
            double used = row.isEmpty() ? 0 : row.get(row.size() - 1).x + row.get(row.size() - 1).width / 2;
            double shift = (widest - used) / 2;
            row.forEach(node -> node.x += shift);
        }
        for (int round = 0; round < 120; round++) {
            boolean downwards = round % 2 == 0;
            for (int i = 0; i < rows.size(); i++) {
                relax(rows.get(downwards ? rows.size() - 1 - i : i));
            }
        }
        straighten();
        widenHubs();
        double leftmost = rows.stream().flatMap(List::stream).mapToDouble(n -> n.x - n.width / 2).min().orElse(0);
        for (List<Node> row : rows) {
            for (Node node : row) {
                node.x += MARGIN - leftmost;
                node.left = node.x - node.width / 2;
                node.right = node.x + node.width / 2;
            }
        }
        widenHubs(); // again, on the final coordinates, to set their edges
        if (foundation != null) {
            placeFoundation();
        }
    }

    /** The foundation's bar takes the widest stretch its row leaves free, across the whole diagram. */
    private void placeFoundation() {
        double right = rows.stream().flatMap(List::stream).mapToDouble(node -> node.isBox() ? node.right : node.x)
                .max().orElse(MARGIN);
        double needed = (FOUNDATION.length() * CHAR) + foundationLabel().length() * 12 * 0.6 + 48;
        List<Node> others = rows.get(foundation.row).stream().sorted(Comparator.comparingDouble(n -> n.x)).toList();
        double bestLeft = MARGIN;
        double bestRight = MARGIN;
        double from = MARGIN;
        for (Node other : others) {
            if (other.left - BOX_GAP - from > bestRight - bestLeft) {
                bestLeft = from;
                bestRight = other.left - BOX_GAP;
            }
            from = other.right + BOX_GAP;
        }
        double end = Math.max(right, from + needed);
        if (end - from > bestRight - bestLeft || bestRight - bestLeft < needed) {
            bestLeft = from;
            bestRight = end;
        }
        foundation.left = bestLeft;
        foundation.right = bestRight;
        foundation.x = (bestLeft + bestRight) / 2;
    }

    /** What the foundation's bar says besides its name: who does not import it, since those arrows are left out. */
    private String foundationLabel() {
        List<String> others = graph.packages().stream()
                .filter(name -> !name.equals(FOUNDATION) && !foundationImporters.contains(name)).toList();
        return "imported by every other package" + (others.isEmpty() ? "" : " but " + String.join(", ", others))
                + " (those arrows left out)";
    }

    /**
     * Moves a row's points towards the weighted mean of their neighbours in both rows around it (the points of one
     * long arrow pull hardest on each other, so that it runs straight), then spaces them out again in their order: a
     * few rounds of this settle like springs.
     */
    private void relax(List<Node> row) {
        int n = row.size();
        double[] wanted = new double[n];
        for (int i = 0; i < n; i++) {
            Node node = row.get(i);
            double sum = 0;
            double weight = 0;
            for (Node neighbour : node.neighbours) {
                if (neighbour == foundation) {
                    continue;
                }
                double w = !node.isBox() && !neighbour.isBox() ? 8 : !node.isBox() || !neighbour.isBox() ? 2 : 1;
                sum += w * neighbour.x;
                weight += w;
            }
            wanted[i] = weight == 0 ? node.x : sum / weight;
        }
        double[] fromLeft = new double[n];
        double[] fromRight = new double[n];
        for (int i = 0; i < n; i++) {
            fromLeft[i] = i == 0 ? wanted[i]
                    : Math.max(wanted[i], fromLeft[i - 1] + spacing(row.get(i - 1), row.get(i)));
        }
        for (int i = n - 1; i >= 0; i--) {
            fromRight[i] = i == n - 1 ? wanted[i]
                    : Math.min(wanted[i], fromRight[i + 1] - spacing(row.get(i), row.get(i + 1)));
        }
        for (int i = 0; i < n; i++) {
            double x = (fromLeft[i] + fromRight[i]) / 2;
            row.get(i).x = i == 0 ? x : Math.max(x, row.get(i - 1).x + spacing(row.get(i - 1), row.get(i)));
        }
    }

    /** Puts each long arrow's points on one vertical line where that leaves every row in order and spaced. */
    private void straighten() {
        for (Chain chain : chains) {
            List<Node> lanes = chain.nodes().stream().filter(node -> !node.isBox()).toList();
            if (lanes.size() < 2) {
                continue;
            }
            double[] xs = lanes.stream().mapToDouble(node -> node.x).sorted().toArray();
            double median = xs[xs.length / 2];
            boolean fits = lanes.stream().allMatch(lane -> {
                List<Node> row = rows.get(lane.row);
                int i = row.indexOf(lane);
                return (i == 0 || median - row.get(i - 1).x >= spacing(row.get(i - 1), lane) - 0.01)
                        && (i == row.size() - 1 || row.get(i + 1).x - median >= spacing(lane, row.get(i + 1)) - 0.01);
            });
            if (fits) {
                lanes.forEach(lane -> lane.x = median);
            }
        }
    }

    /** A box many arrows come into is widened under them; its neighbours in the row step aside. */
    private void widenHubs() {
        for (List<Node> row : rows) {
            for (Node hub : row) {
                List<Node> above = hub.neighbours.stream().filter(m -> m.row == hub.row + 1).toList();
                if (!hub.isBox() || above.size() < HUB) {
                    continue;
                }
                double left = Math.min(hub.x - hub.width / 2, above.stream().mapToDouble(m -> m.x).min().orElse(0) - 24);
                double right = Math.max(hub.x + hub.width / 2, above.stream().mapToDouble(m -> m.x).max().orElse(0) + 24);
                hub.left = left;
                hub.right = right;
                double shiftRight = 0;
                double shiftLeft = 0;
                for (Node other : row) {
                    if (other == hub) {
                        continue;
                    }
                    if (other.x > hub.x) {
                        shiftRight = Math.max(shiftRight, right + BOX_GAP - (other.x - other.width / 2));
                    } else {
                        shiftLeft = Math.max(shiftLeft, (other.x + other.width / 2) + BOX_GAP - left);
                    }
                }
                for (Node other : row) {
                    if (other != hub) {
                        other.x += other.x > hub.x ? shiftRight : -shiftLeft;
                        other.left = other.x - other.width / 2;
                        other.right = other.x + other.width / 2;
                    }
                }
            }
        }
    }

    // --- Drawing ----------------------------------------------------------------------------------------------------

    private double top(int row) {
        return HEADER + (rows.size() - 1 - row) * (BOX_HEIGHT + ROW_GAP);
    }

    private double bottom(int row) {
        return top(row) + BOX_HEIGHT;
    }

    private String draw() {
        List<String> header = List.of(
                graph.packages().size() + " top-level packages, " + graph.edges().size() + " imports between them, "
                        + chains.stream().filter(Chain::against).count() + " against the flow (red).",
                "An arrow points from the importer to what it imports.",
                "Rows: the layers of ArchitectureTest, platform at the bottom. Drawn from the code by "
                        + "PackageDiagramTest.");
        double width = boxes.values().stream().mapToDouble(node -> node.right).max().orElse(0) + MARGIN;
        width = Math.max(width, 2 * MARGIN + header.stream().mapToInt(String::length).max().orElse(0) * 12 * 0.6);
        double height = bottom(0) + MARGIN + 8;
        long against = chains.stream().filter(Chain::against).count();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"")
                .append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" role=\"img\">\n");
        svg.append("  <title>org.recourse: the imports between its top-level packages</title>\n");
        svg.append("  <defs>\n");
        marker(svg, "arrow", ARROW);
        marker(svg, "arrow-against", AGAINST);
        svg.append("  </defs>\n");
        svg.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        text(svg, MARGIN, 32, 17, "bold", INK, "org.recourse: who imports whom");
        for (int line = 0; line < header.size(); line++) {
            text(svg, MARGIN, 54 + 18 * line, 12, "normal", "#4b5563", header.get(line));
        }
        Map<Node, Map<Chain, Double>> ports = ports();
        List<Chain> drawOrder = new ArrayList<>(chains);
        // Red last, so that it is never hidden under grey.
        drawOrder.sort(Comparator.comparing(Chain::against));
        for (Chain chain : drawOrder) {
            path(svg, chain, ports);
        }
        boxes.values().stream().sorted(Comparator.comparing(node -> node.box)).forEach(box -> box(svg, box));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void marker(StringBuilder svg, String id, String colour) {
        svg.append("    <marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
                + "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" "
                + "fill=\"").append(colour).append("\"/></marker>\n");
    }

    private static void text(StringBuilder svg, double x, double y, double size, String weight, String colour,
            String words) {
        svg.append("  <text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
                .append(n(size)).append("\" font-weight=\"").append(weight).append("\" fill=\"").append(colour)
                .append("\">").append(escape(words)).append("</text>\n");
    }

    private void box(StringBuilder svg, Node box) {
        boolean lowest = Layers.of(box.box).orElse(-1) == 0;
        svg.append("  <g><title>org.recourse.").append(escape(box.box)).append("</title><rect x=\"").append(n(box.left))
                .append("\" y=\"").append(n(top(box.row))).append("\" width=\"").append(n(box.right - box.left))
                .append("\" height=\"").append(n(BOX_HEIGHT)).append("\" rx=\"6\" fill=\"")
                .append(lowest ? "#f3f4f6" : "#e8f0fb").append("\" stroke=\"")
                .append(lowest ? "#6b7280" : "#3b6aa8").append("\" stroke-width=\"1.5\"/><text x=\"")
                .append(n((box.left + box.right) / 2)).append("\" y=\"").append(n(top(box.row) + BOX_HEIGHT / 2 + 5))
                .append("\" font-size=\"").append(n(FONT)).append("\" text-anchor=\"middle\" fill=\"").append(INK)
                .append("\">").append(escape(box.box));
        if (box == foundation) {
            svg.append("<tspan dx=\"14\" font-size=\"12\" fill=\"#4b5563\">").append(escape(foundationLabel()))
                    .append("</tspan>");
        }
        svg.append("</text></g>\n");
    }

    /** Where each arrow leaves or enters a box: spread over its side in the order of where they go or come from. */
    private Map<Node, Map<Chain, Double>> ports() {
        Map<Node, Map<Chain, Double>> ports = new HashMap<>();
        for (Node box : boxes.values()) {
            Map<Chain, Double> at = new HashMap<>();
            for (boolean topSide : new boolean[] {true, false}) {
                List<Chain> side = new ArrayList<>();
                Map<Chain, Double> towards = new HashMap<>();
                for (Chain chain : chains) {
                    List<Node> nodes = chain.nodes();
                    int index = nodes.indexOf(box);
                    if (index < 0 || nodes.size() < 2) {
                        continue;
                    }
                    Node next = index == 0 ? nodes.get(1) : nodes.get(index - 1);
                    if ((next.row > box.row) == topSide && next.row != box.row) {
                        side.add(chain);
                        towards.put(chain, next.x);
                    }
                }
                side.sort(Comparator.comparingDouble((Chain c) -> towards.get(c)).thenComparing(Chain::edge));
                double inset = Math.min(14, (box.right - box.left) / 4);
                double span = box.right - box.left - 2 * inset;
                boolean hub = box.right - box.left > box.width + 1;
                for (int i = 0; i < side.size(); i++) {
                    double spread = box.left + inset + span * (i + 1) / (side.size() + 1);
                    double straight = Math.max(box.left + inset, Math.min(box.right - inset, towards.get(side.get(i))));
                    at.put(side.get(i), hub ? straight : spread);
                }
            }
            ports.put(box, at);
        }
        return ports;
    }

    private void path(StringBuilder svg, Chain chain, Map<Node, Map<Chain, Double>> ports) {
        List<Node> nodes = chain.nodes();
        Node from = nodes.get(0);
        Node to = nodes.get(nodes.size() - 1);
        StringBuilder d = new StringBuilder();
        if (from.row == to.row) {
            // Within one row (against the flow by definition): an arc over the row.
            double x1 = from.x;
            double x2 = to.x;
            double y = top(from.row);
            d.append("M").append(n(x1)).append(',').append(n(y)).append(" C").append(n(x1)).append(',')
                    .append(n(y - 40)).append(' ').append(n(x2)).append(',').append(n(y - 40)).append(' ')
                    .append(n(x2)).append(',').append(n(y));
        } else {
            boolean down = to.row < from.row;
            double x = ports.get(from).get(chain);
            double y = down ? bottom(from.row) : top(from.row);
            d.append("M").append(n(x)).append(',').append(n(y));
            for (int i = 1; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                boolean last = i == nodes.size() - 1;
                double nx = last ? ports.get(node).get(chain) : node.x;
                double entry = down ? top(node.row) : bottom(node.row);
                double bend = (entry - y) / 2;
                d.append(" C").append(n(x)).append(',').append(n(y + bend)).append(' ').append(n(nx)).append(',')
                        .append(n(entry - bend)).append(' ').append(n(nx)).append(',').append(n(entry));
                x = nx;
                y = entry;
                if (!last) {
                    y = down ? bottom(node.row) : top(node.row);
                    d.append(" L").append(n(x)).append(',').append(n(y));
                }
            }
        }
        String colour = chain.against() ? AGAINST : ARROW;
        String marker = chain.against() ? "arrow-against" : "arrow";
        svg.append("  <g><title>").append(escape(chain.edge().from() + " imports " + chain.edge().to()
                        + (chain.against() ? " (against the flow)" : ""))).append("</title><path d=\"")
                .append(d).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(chain.against() ? "2.2" : "1.3").append("\" marker-end=\"url(#").append(marker)
                .append(")\"/></g>\n");
    }

    private static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
