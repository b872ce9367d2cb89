package org.recourse.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Layers: what counts as against the flow")
class LayersTest {

    @Test
    @DisplayName("each package has one place; the platform is at the bottom")
    void onePlaceEach() {
        // Arrange
        List<String> placed = Layers.placed();

        // Act / Assert
        assertThat(placed).doesNotHaveDuplicates();
        assertThat(Layers.of("platform")).contains(0);
    }

    @Test
    @DisplayName("down is with the flow; into the same layer, up, or into a package without a place is against it")
    void direction() {
        // Arrange
        PackageGraph.Edge down = new PackageGraph.Edge("intake", "cases");
        PackageGraph.Edge up = new PackageGraph.Edge("platform", "cases");
        PackageGraph.Edge sideways = new PackageGraph.Edge("triage", "webhook");
        PackageGraph.Edge intoUnplaced = new PackageGraph.Edge("cases", "somewhere");
        PackageGraph.Edge fromUnplaced = new PackageGraph.Edge("somewhere", "cases");

        // Act / Assert
        assertThat(Layers.againstTheFlow(down)).isFalse();
        assertThat(Layers.againstTheFlow(up)).isTrue();
        assertThat(Layers.againstTheFlow(sideways)).isTrue();
        assertThat(Layers.againstTheFlow(intoUnplaced)).isTrue();
        assertThat(Layers.againstTheFlow(fromUnplaced)).isFalse();
    }

    @Test
    @DisplayName("packages that reach each other are one loop; a package on a path out of it is not in it")
    void loops() {
        // Arrange: content -> cases -> content is a loop; intake only imports into it
        PackageGraph graph = PackageGraph.of(List.of("cases", "content", "intake", "platform"), List.of(
                new PackageGraph.Edge("content", "cases"), new PackageGraph.Edge("cases", "content"),
                new PackageGraph.Edge("intake", "cases"), new PackageGraph.Edge("cases", "platform")));

        // Act
        var loops = graph.loops();

        // Assert
        assertThat(loops).hasSize(1);
        assertThat(loops.get(0)).containsExactly("cases", "content");
    }
}
