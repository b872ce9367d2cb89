package org.recourse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Deployments: the packaged WAR with test settings, written to disk without deflating it again")
class DeploymentsTest {

    @TempDir
    Path folder;

    private String before;
    private Path war;
    private final Map<String, byte[]> entries = new HashMap<>();

    @BeforeEach
    void packagedWar() throws IOException {
        // Arrange: a small WAR as `mvn package` makes it: a compressed jar inside, a class, the config file
        byte[] jar = new byte[64 * 1024];
        new Random(7).nextBytes(jar);
        entries.put("WEB-INF/lib/compressed-already.jar", jar);
        entries.put("WEB-INF/classes/org/example/Some.class", "class bytes ".repeat(500).getBytes(StandardCharsets.UTF_8));
        entries.put(Deployments.CONFIG, "recourse.demo.enabled=true\n".getBytes(StandardCharsets.ISO_8859_1));
        war = folder.resolve("recourse.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        before = System.getProperty("recourse.war");
        System.setProperty("recourse.war", war.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("recourse.war");
        } else {
            System.setProperty("recourse.war", before);
        }
    }

    @Test
    @DisplayName("Arquillian's ZIP export stores every entry as it is, with the settings appended to the config")
    void exportedStored() throws IOException {
        // Act
        WebArchive archive = Deployments.recourse(Map.of("recourse.demo.enabled", "false"));
        Path exported = folder.resolve("ROOT.war");
        archive.as(ZipExporter.class).exportTo(exported.toFile(), true);

        // Assert
        try (ZipFile zip = new ZipFile(exported.toFile())) {
            assertThat(zip.stream().filter(entry -> !entry.isDirectory()))
                    .as("entries deflated again").allSatisfy(entry -> assertThat(entry.getMethod())
                            .as(entry.getName()).isEqualTo(ZipEntry.STORED));
            assertThat(read(zip, "WEB-INF/lib/compressed-already.jar"))
                    .isEqualTo(entries.get("WEB-INF/lib/compressed-already.jar"));
            assertThat(read(zip, "WEB-INF/classes/org/example/Some.class"))
                    .isEqualTo(entries.get("WEB-INF/classes/org/example/Some.class"));
            String config = new String(read(zip, Deployments.CONFIG), StandardCharsets.ISO_8859_1);
            assertThat(config).startsWith("recourse.demo.enabled=true\n").contains("# Test settings")
                    .endsWith("recourse.demo.enabled=false\n");
        }
    }

    @Test
    @DisplayName("an environment that names a portal setting (any case or separator) stops the deployment, naming it")
    void environmentOverridesRefused() {
        // Arrange
        Map<String, String> environment = Map.of("PATH", "/usr/bin", "RECOURSE_ADMIN_PASSWORD", "mine",
                "recourse.mail.smtp.host", "mail.example", "RECOURSE_FFMPEG_DIR", "/usr/bin", "RECOURSEFUL", "x");

        // Act
        java.util.List<String> found = Deployments.overriding(environment);

        // Assert
        assertThat(found).containsExactly("RECOURSE_ADMIN_PASSWORD", "recourse.mail.smtp.host");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Deployments.refuseOverrides(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RECOURSE_ADMIN_PASSWORD, recourse.mail.smtp.host");
        Deployments.refuseOverrides(Map.of("PATH", "/usr/bin", "RECOURSE_FFMPEG_DIR", "/usr/bin"));
    }

    private static byte[] read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = zip.getInputStream(entry); OutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return ((ByteArrayOutputStream) out).toByteArray();
        }
    }
}
