package org.recourse.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The build never points the portal at an operator's database. `mvn package` boots the portal twice (the class
 * archives) and the tests boot it dozens of times; each boot migrates its database and may seed the demo. An
 * environment variable outranks every setting (MicroProfile Config), so a shell with RECOURSE_DB_URL set, say for a
 * PostgreSQL the developer runs the portal against, would have those boots migrate and seed that database. The POM
 * keeps the database variables from every boot and every test JVM.
 */
@DisplayName("Build safety: no boot of the build sees the operator's database variables")
class BuildSafetyTest {

    private static final List<String> DATABASE_VARIABLES = List.of("RECOURSE_DB_URL", "RECOURSE_DB_USER",
            "RECOURSE_DB_PASSWORD");
    private static Document pom;

    @BeforeAll
    static void read() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    }

    @Test
    @DisplayName("every exec execution that boots the portal (--deploy or --warmup) runs it through env -u for each")
    void bootsRunWithoutTheDatabaseVariables() {
        // Arrange
        List<String> boots = new ArrayList<>();
        List<String> unsafe = new ArrayList<>();
        NodeList executions = pom.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            String line = text(execution, "commandlineArgs") + " " + text(execution, "arguments");
            boolean boot = (line.contains("--warmup") || line.contains("--deploy")) && !line.contains("--outputUberJar");
            if (!boot) {
                continue;
            }
            String id = text(execution, "id");
            boots.add(id);
            // Act
            String unset = DATABASE_VARIABLES.stream().map(name -> "-u " + name).reduce((a, b) -> a + " " + b)
                    .orElseThrow();
            if (!"env".equals(text(execution, "executable")) || !line.strip().startsWith(unset + " java ")) {
                unsafe.add(id);
            }
        }

        // Assert
        assertThat(boots).as("the archive boots of mvn package").contains("runnable-jar-class-archive",
                "payara-class-archive");
        assertThat(unsafe).as("boots that would see RECOURSE_DB_URL").isEmpty();
    }

    @Test
    @DisplayName("the unit-test and integration-test JVMs (and every Payara Micro they start) never inherit them")
    void testJvmsExcludeThem() {
        for (String plugin : List.of("maven-surefire-plugin", "maven-failsafe-plugin")) {
            // Act
            List<String> excluded = excludedFor(plugin);

            // Assert
            assertThat(excluded).as(plugin).containsAll(DATABASE_VARIABLES);
        }
    }

    private static List<String> excludedFor(String artifactId) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            NodeList excluded = plugin.getElementsByTagName("excludedEnvironmentVariables");
            if (artifactId.equals(text(plugin, "artifactId")) && excluded.getLength() > 0) {
                return List.of(excluded.item(0).getTextContent().strip().split("\\s*,\\s*"));
            }
        }
        return List.of();
    }

    private static String text(Element element, String tag) {
        NodeList found = element.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent();
    }
}
