package org.recourse.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/packages.svg, the package diagram of docs/architecture.md, what the code gives: drawn from the compiled
 * main classes, compared with the committed file, and written instead with {@code -Ddiagram.write=true}.
 */
@DisplayName("Package diagram: docs/packages.svg is drawn from the code")
class PackageDiagramTest {

    static final Path DIAGRAM = Path.of("docs", "packages.svg");
    static final String REGENERATE = "mvn -q test -Dtest=PackageDiagramTest -Ddiagram.write=true";

    /** Imported once for the class: reading the classes takes seconds, drawing a fraction of one. */
    private static final PackageGraph GRAPH = PackageGraph.of(PackageGraph.mainClasses());

    @Test
    @DisplayName("the committed diagram is the one the imports give")
    void diagramIsCurrent() throws IOException {
        // Arrange
        String drawn = PackageDiagram.svg(GRAPH);

        // Act
        if (Boolean.getBoolean("diagram.write")) {
            Files.writeString(DIAGRAM, drawn, StandardCharsets.UTF_8);
        }

        // Assert
        assertThat(Files.exists(DIAGRAM)).as("%s is missing; draw it with: %s", DIAGRAM, REGENERATE).isTrue();
        assertThat(Files.readString(DIAGRAM, StandardCharsets.UTF_8).equals(drawn))
                .as("%s is not what the code gives (the imports between packages or the layers changed); draw it "
                        + "again with: %s", DIAGRAM, REGENERATE)
                .isTrue();
    }

    @Test
    @DisplayName("the same code gives the same drawing, byte for byte")
    void drawingIsDeterministic() {
        // Arrange
        String first = PackageDiagram.svg(GRAPH);

        // Act
        String second = PackageDiagram.svg(GRAPH);

        // Assert
        assertThat(second).isEqualTo(first);
    }

    @Test
    @DisplayName("an import against the flow is drawn red; the platform's importers are named on its bar")
    void againstTheFlowIsRed() {
        // Arrange: the platform importing a feature, and a feature that does not import the platform
        PackageGraph graph = PackageGraph.of(List.of("platform", "audit", "cases", "intake"), List.of(
                new PackageGraph.Edge("intake", "cases"), new PackageGraph.Edge("intake", "platform"),
                new PackageGraph.Edge("cases", "platform"), new PackageGraph.Edge("platform", "cases")));

        // Act
        String svg = PackageDiagram.svg(graph);

        // Assert
        assertThat(svg).contains("4 imports between them, 1 against the flow (red).")
                .contains("<title>platform imports cases (against the flow)</title><path")
                .contains("<title>intake imports cases</title><path")
                .contains("imported by every other package but audit (those arrows left out)")
                .doesNotContain("<title>intake imports platform</title>");
        assertThat(svg.substring(svg.indexOf("platform imports cases"))).startsWith("platform imports cases "
                + "(against the flow)</title><path").contains("stroke=\"#dc2626\"");
    }
}
