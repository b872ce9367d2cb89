package org.recourse.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.shrinkwrap.api.ConfigurationBuilder;
import org.jboss.shrinkwrap.api.Domain;
import org.jboss.shrinkwrap.api.ExtensionLoader;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds Arquillian deployments from the WAR that `mvn package` produced, so the tests run exactly what ships; only
 * configuration is added, appended to the WAR's own microprofile-config.properties (a later line wins).
 */
public final class Deployments {

    static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    /** Archives whose ZIP export stores the entries instead of deflating them again ({@link StoredWarExporter}). */
    private static final Domain STORED = storedDomain();

    private Deployments() {
    }

    /** The packaged WAR as ROOT.war (served at "/" like the runnable jar) with these settings on top. */
    public static WebArchive recourse(Map<String, String> settings) {
        refuseOverrides(System.getenv());
        Path war = Path.of(System.getProperty("recourse.war", "target/recourse.war"));
        WebArchive packaged = ShrinkWrap.createFromZipFile(WebArchive.class, war.toFile());
        WebArchive archive = STORED.getArchiveFactory().create(WebArchive.class, "ROOT.war").merge(packaged);
        Map<String, String> all = new java.util.LinkedHashMap<>();
        // Not the key file in the project's own data folder: the tests' own key.
        all.put("recourse.secrets.key", JpaDatabase.SECRETS_KEY);
        all.putAll(settings);
        String config = read(archive) + "\n# Test settings\n" + format(all);
        archive.delete(CONFIG);
        archive.add(new StringAsset(config), CONFIG);
        return archive;
    }

    /**
     * Adds the test-only doors of {@code org.recourse.testing.inside} to a deployment: a clock the test moves forward
     * ({@code POST /test-only/clock?advance=P1D}) and a stand-in for a hotline's sender ({@code POST
     * /test-only/report}). They live in the test sources, so no WAR that `mvn package` makes can contain them.
     */
    public static WebArchive withTestOnlyDoors(WebArchive archive) {
        return archive.addPackage(org.recourse.testing.inside.ShiftedClockProducer.class.getPackage());
    }

    /**
     * Fails at once if the environment names a portal setting: Payara Micro inherits this JVM's environment, and an
     * environment variable outranks the settings a test puts in the WAR (MicroProfile Config), so a developer's own
     * {@code RECOURSE_ADMIN_PASSWORD} or {@code RECOURSE_MAIL_SMTP_HOST} would quietly change what the tests test (the
     * build already keeps RECOURSE_DB_URL, _USER and _PASSWORD away; {@code PayaraProcess} clears them all for the
     * packaged jar). {@code RECOURSE_FFMPEG_DIR} is not a setting (read by the video code directly) and may stay.
     */
    static void refuseOverrides(Map<String, String> environment) {
        List<String> found = overriding(environment);
        if (!found.isEmpty()) {
            throw new IllegalStateException("The environment sets " + String.join(", ", found) + ": an environment "
                    + "variable outranks the settings a test gives its portal, so these tests would not test what they "
                    + "say. Unset it for the test run.");
        }
    }

    /** The variables MicroProfile Config would read as a recourse.* setting (any case, any separator). */
    static List<String> overriding(Map<String, String> environment) {
        return environment.keySet().stream()
                .filter(name -> name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_").startsWith("RECOURSE_"))
                .filter(name -> !name.equals("RECOURSE_FFMPEG_DIR"))
                .sorted().toList();
    }

    private static Domain storedDomain() {
        ExtensionLoader loader = new ConfigurationBuilder().build().getExtensionLoader();
        loader.addOverride(ZipExporter.class, StoredWarExporter.class);
        return ShrinkWrap.createDomain(new ConfigurationBuilder().extensionLoader(loader));
    }

    /** Settings for an H2 database in its own file below target/, reachable by the test too (AUTO_SERVER). */
    public static Map<String, String> h2(String name) {
        Path file = Path.of("target", "it-data", name + "-" + System.nanoTime(), "recourse").toAbsolutePath();
        return Map.of("recourse.db.url", TestDatabase.h2Url(file));
    }

    private static String read(WebArchive archive) {
        try (InputStream in = archive.get(CONFIG).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(Map<String, String> settings) {
        StringBuilder out = new StringBuilder();
        settings.forEach((key, value) -> out.append(key).append('=')
                .append(asciiOnly(value.replace("\\", "\\\\"))).append('\n'));
        return out.toString();
    }

    /** The properties file is read as ISO-8859-1: anything past ASCII goes in as a \\u escape (French settings). */
    private static String asciiOnly(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
