package org.recourse.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who imports whom among the top-level packages of {@code org.recourse} (read from the bytecode of the main classes,
 * so a fully qualified name counts as much as an import), each dependency with the class dependencies behind it.
 */
final class PackageGraph {

    static final String ROOT = "org.recourse";

    /** One package importing another. */
    record Edge(String from, String to) implements Comparable<Edge> {

        private static final Comparator<Edge> ORDER = Comparator.comparing(Edge::from).thenComparing(Edge::to);

        @Override
        public int compareTo(Edge other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    private final SortedSet<String> packages = new TreeSet<>();
    private final SortedMap<Edge, SortedSet<String>> because = new TreeMap<>();

    private PackageGraph() {
    }

    /** The main classes (target/classes), as ArchitectureTest sees them. */
    static JavaClasses mainClasses() {
        return new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(ROOT);
    }

    static PackageGraph of(JavaClasses classes) {
        PackageGraph graph = new PackageGraph();
        for (JavaClass origin : classes) {
            Optional<String> from = topLevelPackageOf(origin);
            if (from.isEmpty()) {
                continue;
            }
            graph.packages.add(from.get());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                topLevelPackageOf(dependency.getTargetClass()).filter(to -> !to.equals(from.get())).ifPresent(to ->
                        graph.because.computeIfAbsent(new Edge(from.get(), to), edge -> new TreeSet<>())
                                .add(shortName(origin) + " -> " + shortName(dependency.getTargetClass())));
            }
        }
        return graph;
    }

    /** A graph of these packages and imports, without classes behind them (to test what is drawn from a graph). */
    static PackageGraph of(Collection<String> packages, Collection<Edge> edges) {
        PackageGraph graph = new PackageGraph();
        graph.packages.addAll(packages);
        edges.forEach(edge -> graph.because.put(edge, new TreeSet<>()));
        return graph;
    }

    /** The first package name under org.recourse ({@code cases} for {@code org.recourse.cases.web.CasePage}). */
    static Optional<String> topLevelPackageOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String below = name.substring(ROOT.length() + 1);
        int dot = below.indexOf('.');
        return Optional.of(dot < 0 ? below : below.substring(0, dot));
    }

    /** A class as it reads in a message: without org.recourse, a nested class as its outer one. */
    private static String shortName(JavaClass type) {
        String name = type.getName().substring(ROOT.length() + 1);
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    SortedSet<String> packages() {
        return Collections.unmodifiableSortedSet(packages);
    }

    SortedSet<Edge> edges() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(because.keySet()));
    }

    /** The class dependencies behind an edge ("cases.Case -> content.ContentItem"), sorted. */
    List<String> because(Edge edge) {
        return List.copyOf(because.getOrDefault(edge, Collections.emptySortedSet()));
    }

    /**
     * The loops: each set of packages that reach each other through their imports (a strongly connected component
     * of more than one package), sorted by their first package.
     */
    List<SortedSet<String>> loops() {
        Tarjan tarjan = new Tarjan();
        packages.forEach(tarjan::visit);
        return tarjan.components.stream().filter(component -> component.size() > 1)
                .sorted(Comparator.comparing(SortedSet::first)).toList();
    }

    /** Tarjan's strongly connected components, over the sorted packages and edges (so the result is the same each run). */
    private final class Tarjan {

        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowest = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final List<SortedSet<String>> components = new ArrayList<>();

        void visit(String node) {
            if (!index.containsKey(node)) {
                connect(node);
            }
        }

        private void connect(String node) {
            index.put(node, index.size());
            lowest.put(node, index.get(node));
            stack.push(node);
            for (Edge edge : because.keySet()) {
                if (!edge.from().equals(node)) {
                    continue;
                }
                if (!index.containsKey(edge.to())) {
                    connect(edge.to());
                    lowest.put(node, Math.min(lowest.get(node), lowest.get(edge.to())));
                } else if (stack.contains(edge.to())) {
                    lowest.put(node, Math.min(lowest.get(node), index.get(edge.to())));
                }
            }
            if (lowest.get(node).equals(index.get(node))) {
                SortedSet<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }

    /** The edges against the flow of {@link Layers}, sorted. */
    List<Edge> againstTheFlow() {
        return because.keySet().stream().filter(Layers::againstTheFlow).toList();
    }
}
