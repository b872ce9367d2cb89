package org.recourse.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Launcher: plain java -jar runs the portal again with the embedded flags and the class archive; any flag given keeps one JVM")
class RelaunchTest {

    private static final Path JAVA_HOME = Path.of("/opt/jdk");

    @TempDir
    Path folder;

    private Path jar() throws IOException {
        return Files.createFile(folder.resolve("recourse.jar"));
    }

    @Test
    @DisplayName("No flag given: the same jar again, the embedded flags, the archive beside the jar, the options unchanged")
    void relaunchesPlainCommand() throws IOException {
        // Arrange
        Path jar = jar();
        Path archive = Files.createFile(folder.resolve("recourse.jsa"));

        // Act
        Optional<List<String>> command = Relaunch.command(JAVA_HOME, List.of(), Map.of(), Optional.of(jar), 4242,
                List.of("--port", "9090"));

        // Assert
        assertThat(command).isPresent();
        assertThat(command.get().get(0)).isEqualTo(JAVA_HOME.resolve("bin").resolve("java").toString());
        assertThat(command.get()).containsAll(Relaunch.EMBEDDED_FLAGS)
                .contains("-XX:SharedArchiveFile=" + archive, "-Drecourse.launcher.parent=4242")
                .endsWith("-jar", jar.toString(), "--port", "9090");
    }

    @Test
    @DisplayName("No archive beside the jar (e.g. built with the archive skipped): relaunched without one")
    void relaunchesWithoutArchive() throws IOException {
        // Arrange
        Path jar = jar();

        // Act
        Optional<List<String>> command = Relaunch.command(JAVA_HOME, List.of(), Map.of(), Optional.of(jar), 1,
                List.of());

        // Assert
        assertThat(command).isPresent();
        assertThat(command.get()).noneMatch(part -> part.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    @DisplayName("A JVM flag on the command line (production, the tests, the relaunched JVM itself): no second JVM")
    void flagOnCommandLineKeepsOneJvm() throws IOException {
        // Arrange
        Path jar = jar();

        // Act
        Optional<List<String>> command = Relaunch.command(JAVA_HOME, List.of("-Xmx1g"), Map.of(), Optional.of(jar),
                1, List.of());

        // Assert
        assertThat(command).isEmpty();
    }

    @Test
    @DisplayName("Flags through JDK_JAVA_OPTIONS or JAVA_TOOL_OPTIONS count as given; a blank variable does not")
    void flagsInEnvironmentKeepOneJvm() throws IOException {
        // Arrange
        Path jar = jar();

        // Act
        Optional<List<String>> jdkOptions = Relaunch.command(JAVA_HOME, List.of(),
                Map.of("JDK_JAVA_OPTIONS", "-XX:+UseParallelGC"), Optional.of(jar), 1, List.of());
        Optional<List<String>> toolOptions = Relaunch.command(JAVA_HOME, List.of(),
                Map.of("JAVA_TOOL_OPTIONS", "-Xss1m"), Optional.of(jar), 1, List.of());
        Optional<List<String>> blank = Relaunch.command(JAVA_HOME, List.of(), Map.of("JDK_JAVA_OPTIONS", " "),
                Optional.of(jar), 1, List.of());

        // Assert
        assertThat(jdkOptions).isEmpty();
        assertThat(toolOptions).isEmpty();
        assertThat(blank).isPresent();
    }

    @Test
    @DisplayName("Not loaded from a jar (classes on a class path): nothing to run again")
    void notFromJarKeepsOneJvm() {
        // Act
        Optional<List<String>> command = Relaunch.command(JAVA_HOME, List.of(), Map.of(), Optional.empty(), 1,
                List.of());

        // Assert
        assertThat(command).isEmpty();
    }

    @Test
    @DisplayName("The flags are what the command line has before -jar; without -jar (a class path) all of it counts")
    void flagsAreBeforeJar() {
        // Arrange
        List<String> plain = List.of("-jar", "/srv/recourse.jar", "--port", "8196");
        List<String> withFlags = List.of("-Xmx1g", "-Dx=-jar-like", "-jar", "/srv/recourse.jar", "-Xmx2g");
        List<String> classPath = List.of("-cp", "/srv/recourse.jar", "org.recourse.platform.launch.Launcher");

        // Act + Assert
        assertThat(Relaunch.flagsBeforeJar(plain)).isEmpty();
        assertThat(Relaunch.flagsBeforeJar(withFlags)).containsExactly("-Xmx1g", "-Dx=-jar-like");
        assertThat(Relaunch.flagsBeforeJar(classPath)).isEqualTo(classPath);
    }

    @Test
    @DisplayName("The class archive is recorded at package time with the very flags the launcher gives (pom.xml)")
    void archiveRecordedWithEmbeddedFlags() throws IOException {
        // Arrange
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher flags = Pattern.compile("<embedded\\.jvm\\.flags>([^<]*)</embedded\\.jvm\\.flags>").matcher(pom);

        // Act
        boolean found = flags.find();

        // Assert
        assertThat(found).as("pom.xml defines embedded.jvm.flags").isTrue();
        assertThat(List.of(flags.group(1).trim().split("\\s+"))).isEqualTo(Relaunch.EMBEDDED_FLAGS);
    }
}
