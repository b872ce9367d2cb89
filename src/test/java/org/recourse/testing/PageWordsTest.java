package org.recourse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PageWords: English left on a French page, and raw enum names, as a reader sees them")
class PageWordsTest {

    private static Properties bundle(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    private static final Properties ENGLISH = bundle(
            "quickExit.label", "Leave this site",
            "report.errors.title", "Please check {0,choice,1#one thing|1<{0} things} before sending:",
            "status.removed", "It was <strong>removed</strong> and cannot come back to the platform.",
            "brand", "Payara Micro",
            "nav.home", "Home");
    private static final Properties FRENCH = bundle(
            "quickExit.label", "Quitter ce site",
            "report.errors.title", "Veuillez vérifier {0,choice,1#un point|1<{0} points} avant d''envoyer :",
            "status.removed", "Il a été <strong>retiré</strong> et ne peut pas revenir sur la plateforme.",
            "brand", "Payara Micro (serveur)",
            "nav.home", "Accueil");
    private final PageWords words = PageWords.of(ENGLISH, FRENCH, List.of("PENDING_REVIEW", "REMOVED", "NONE"));

    @Test
    @DisplayName("An English message on a French page is found, split around its placeholders and tags")
    void englishFound() {
        // Arrange
        String page = "<html lang=fr><body><a href=/>Leave this site</a><p>Please check 2 things before sending:</p>"
                + "<p>and cannot come back to the platform.</p></body></html>";

        // Act
        List<String> found = words.englishIn(page);

        // Assert
        assertThat(found).containsExactlyInAnyOrder("Leave this site", "Please check", "before sending",
                "and cannot come back to the platform.");
    }

    @Test
    @DisplayName("A fully French page, a name both languages use, and one-word labels are not reported")
    void frenchPageClean() {
        // Arrange
        String page = "<html lang=fr><head><title>Accueil</title></head><body><a>Quitter ce site</a>"
                + "<p>Veuillez vérifier 2 points avant d\u2019envoyer :</p><p>Payara Micro (serveur)</p>"
                + "<p>Home</p></body></html>";

        // Act and Assert
        assertThat(words.englishIn(page)).isEmpty();
    }

    @Test
    @DisplayName("English in a button, a placeholder or the title counts; in code, kbd, translate=no or lang=en it does not")
    void attributesAndMachineText() {
        // Arrange
        String shown = "<html><head><title>Leave this site</title></head><body></body></html>";
        String inButton = "<html><body><input type=submit value='Leave this site'></body></html>";
        String hidden = "<html><body><code>Leave this site</code><kbd>Leave this site</kbd>"
                + "<span translate=no>Leave this site</span><a lang=en>Leave this site</a></body></html>";

        // Act and Assert
        assertThat(words.englishIn(shown)).containsExactly("Leave this site");
        assertThat(words.englishIn(inButton)).containsExactly("Leave this site");
        assertThat(words.englishIn(hidden)).isEmpty();
    }

    @Test
    @DisplayName("English outside the bundle (a setting, a countdown) is found by its words; French is not")
    void englishWords() {
        // Arrange
        String page = "<html><body><p>Équipe : Trust and Safety team</p><p>Échéance 56 min 33 s left</p>"
                + "<p>Le thé est servi ; voici l'adresse de l'équipe, où et quand.</p></body></html>";

        // Act
        List<String> found = words.englishWordsIn(page);

        // Assert
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).contains("Trust and Safety");
        assertThat(found.get(1)).contains("33 s left");
    }

    @Test
    @DisplayName("Raw enum names standing alone are found; inside identifiers, attributes or code they are not")
    void enumNames() {
        // Arrange
        String page = "<html><body><td>PENDING_REVIEW</td><td>(REMOVED)</td><option value='NONE'>None</option>"
                + "<td>case.REMOVED_BY</td><td>X_PENDING_REVIEW</td><code>NONE</code></body></html>";

        // Act and Assert
        assertThat(words.enumNamesIn(page)).containsExactly("PENDING_REVIEW", "REMOVED");
    }

    @Test
    @DisplayName("The portal's own bundles give hundreds of fragments, and its enums include the case statuses")
    void portalBundles() {
        // Act
        PageWords portal = PageWords.ofThePortal();

        // Assert
        assertThat(portal.fragmentCount()).isGreaterThan(500);
        assertThat(portal.enumNamesIn("<p>PENDING_REVIEW</p>")).containsExactly("PENDING_REVIEW");
    }
}
