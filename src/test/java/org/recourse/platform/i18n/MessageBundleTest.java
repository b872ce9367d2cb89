package org.recourse.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recourse.cases.Category;

/** The bundle has a text for every key the code and the pages use, and every text formats cleanly. */
@DisplayName("Message bundle")
class MessageBundleTest {

    /** Bundle keys written as string literals in Java: "report.error.items.missing", "error.notFound", ... */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:report|api|error|confirmation|receipt|duration|nextSteps|media|nav|gallery|home|quickExit|app|status"
                    + "|language)"
                    + "(?:\\.[A-Za-z_]+)+)\"");
    /** Keys in the pages: #{msg['home.title']}, text.format('gallery.reportLabel', ...), text.format2(...). */
    private static final Pattern PAGE_KEY = Pattern.compile("(?:msg\\['|text\\.format2?\\(')([A-Za-z_.]+)'");

    /** {0}, {1,choice,...}: the index of every value a text takes. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static final Properties BUNDLE = load("messages.properties");
    private static final Properties FRENCH = load("messages_fr_CA.properties");
    private final Messages english = Messages.in(Locale.ENGLISH);
    private final Messages french = Messages.in(Locale.CANADA_FRENCH);

    private static Properties load(String file) {
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/org/recourse/i18n/" + file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keysIn(Path root, String extension, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    /** A key used in code is in the bundle itself, or is the stem of a .title and .detail pair. */
    private static boolean inBundle(String key) {
        return BUNDLE.containsKey(key)
                || (BUNDLE.containsKey(key + ".title") && BUNDLE.containsKey(key + ".detail"));
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    @DisplayName("every category has a label on the form and a next-steps text")
    void categoryTexts(Category category) {
        // Act
        String label = english.get("report.category." + category.name());
        String nextSteps = english.get("nextSteps." + category.code());

        // Assert
        assertThat(label).isNotBlank();
        assertThat(nextSteps).isNotBlank();
    }

    @Test
    @DisplayName("a self-report has its own next-steps text")
    void selfReportNextSteps() {
        // Act / Assert
        assertThat(english.get("nextSteps.self_report")).contains("we believe you");
    }

    @Test
    @DisplayName("every key written in the Java sources is in the bundle")
    void javaKeys() throws IOException {
        // Arrange
        Set<String> keys = keysIn(Path.of("src", "main", "java"), ".java", JAVA_KEY);

        // Act
        List<String> missing = keys.stream().filter(k -> !inBundle(k)).toList();

        // Assert
        assertThat(keys).hasSizeGreaterThan(30).contains(
                "report.error.items.missing", "report.error.item.unknownContentId", "report.error.email.noConsent",
                "api.error.unknownField", "api.error.type.boolean", "api.error.item.shape", "error.notFound");
        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName("every key the pages use is in the bundle")
    void pageKeys() throws IOException {
        // Arrange
        Set<String> keys = keysIn(Path.of("src", "main", "webapp"), ".xhtml", PAGE_KEY);

        // Act: a key ending in a dot is a prefix completed on the page ('report.category.'.concat(c.name()))
        List<String> missing = keys.stream()
                .filter(k -> k.endsWith(".")
                        ? BUNDLE.stringPropertyNames().stream().noneMatch(name -> name.startsWith(k))
                        : !BUNDLE.containsKey(k))
                .toList();

        // Assert
        assertThat(keys).hasSizeGreaterThan(20).contains("report.title", "gallery.reportLabel");
        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName("every text formats without a leftover placeholder or doubled apostrophe")
    void everyTextFormats() {
        // Arrange
        List<String> broken = new ArrayList<>();

        // Act
        for (String key : BUNDLE.stringPropertyNames()) {
            String raw = BUNDLE.getProperty(key);
            String formatted = english.get(key, 2, "two", "three");
            boolean apostropheLost = raw.contains("'") && !formatted.contains("'");
            if (formatted.contains("{") || formatted.contains("''") || apostropheLost) {
                broken.add(key + " = " + formatted);
            }
        }

        // Assert
        assertThat(BUNDLE.stringPropertyNames()).hasSizeGreaterThan(50);
        assertThat(broken).isEmpty();
    }

    @Test
    @DisplayName("English and French have exactly the same keys")
    void sameKeysInBothLanguages() {
        // Act
        Set<String> onlyEnglish = new TreeSet<>(BUNDLE.stringPropertyNames());
        onlyEnglish.removeAll(FRENCH.stringPropertyNames());
        Set<String> onlyFrench = new TreeSet<>(FRENCH.stringPropertyNames());
        onlyFrench.removeAll(BUNDLE.stringPropertyNames());

        // Assert
        assertThat(onlyEnglish).as("keys with no French text").isEmpty();
        assertThat(onlyFrench).as("French keys with no English text").isEmpty();
    }

    @Test
    @DisplayName("each French text takes the same values as its English one")
    void samePlaceholders() {
        // Arrange
        List<String> different = new ArrayList<>();

        // Act
        for (String key : BUNDLE.stringPropertyNames()) {
            if (FRENCH.containsKey(key) && !placeholders(BUNDLE.getProperty(key)).equals(placeholders(FRENCH.getProperty(key)))) {
                different.add(key);
            }
        }

        // Assert
        assertThat(different).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    @DisplayName("every French text formats without a leftover placeholder or a lost apostrophe, and is French")
    void everyFrenchTextFormats() {
        // Arrange
        List<String> broken = new ArrayList<>();

        // Act
        for (String key : FRENCH.stringPropertyNames()) {
            String raw = FRENCH.getProperty(key);
            String formatted = french.get(key, 2, "deux", "trois");
            // A plural may keep its apostrophes in one branch only ("l'élément" but "les 2 éléments").
            boolean apostropheLost = raw.contains("'") && !formatted.contains("'")
                    && !french.get(key, 1, "un", "deux").contains("'");
            if (formatted.contains("{") || formatted.contains("''") || apostropheLost) {
                broken.add(key + " = " + formatted);
            }
        }

        // Assert
        assertThat(broken).isEmpty();
        assertThat(french.get("report.submit")).isNotEqualTo(english.get("report.submit"));
        assertThat(french.get("language.name")).isEqualTo("Français");
    }

    @Test
    @DisplayName("a text without values reads exactly as written in the bundle")
    void plainTextsVerbatim() {
        // Arrange
        List<String> changed = new ArrayList<>();

        // Act
        for (String key : BUNDLE.stringPropertyNames()) {
            String raw = BUNDLE.getProperty(key);
            if (!raw.contains("{") && !english.get(key).equals(raw)) {
                changed.add(key);
            }
        }

        // Assert
        assertThat(changed).isEmpty();
    }
}
