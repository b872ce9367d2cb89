package org.recourse.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Database settings")
class DatabaseSettingsTest {

    private static final Path DATA_DIR = Path.of("target", "some", "..", "data");

    @Test
    @DisplayName("without a URL, uses an H2 file in the data folder speaking PostgreSQL")
    void h2ByDefault() {
        // Act
        DatabaseSettings settings = DatabaseSettings.resolve(Optional.empty(), Optional.empty(), Optional.empty(),
                DATA_DIR);

        // Assert
        Path expectedFile = Path.of("target", "data").toAbsolutePath().resolve("recourse");
        assertThat(settings.url()).isEqualTo("jdbc:h2:file:" + expectedFile
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        assertThat(settings.url()).doesNotContain("..");
        assertThat(settings.isH2()).isTrue();
        assertThat(settings.user()).isEqualTo("recourse");
        assertThat(settings.password()).isEmpty();
    }

    @Test
    @DisplayName("a blank URL counts as none")
    void blankUrl() {
        // Act
        DatabaseSettings settings = DatabaseSettings.resolve(Optional.of("  "), Optional.empty(), Optional.empty(),
                DATA_DIR);

        // Assert
        assertThat(settings.url()).startsWith("jdbc:h2:file:").contains(";MODE=PostgreSQL");
    }

    @Test
    @DisplayName("a PostgreSQL URL is used with the user and password given")
    void postgres() {
        // Act
        DatabaseSettings settings = DatabaseSettings.resolve(
                Optional.of("jdbc:postgresql://db.internal:5432/recourse"), Optional.of("portal"),
                Optional.of("s3cret"), DATA_DIR);

        // Assert
        assertThat(settings.url()).isEqualTo("jdbc:postgresql://db.internal:5432/recourse");
        assertThat(settings.isH2()).isFalse();
        assertThat(settings.user()).isEqualTo("portal");
        assertThat(settings.password()).isEqualTo("s3cret");
    }

    @Test
    @DisplayName("a PostgreSQL URL without user or password leaves them to the driver")
    void postgresWithoutCredentials() {
        // Act
        DatabaseSettings settings = DatabaseSettings.resolve(Optional.of("jdbc:postgresql://db/recourse"),
                Optional.empty(), Optional.empty(), DATA_DIR);

        // Assert
        assertThat(settings.user()).isNull();
        assertThat(settings.password()).isNull();
    }

    @Test
    @DisplayName("an H2 URL given by hand is used as it is")
    void explicitH2() {
        // Act
        DatabaseSettings settings = DatabaseSettings.resolve(Optional.of("jdbc:h2:mem:test"), Optional.empty(),
                Optional.empty(), DATA_DIR);

        // Assert
        assertThat(settings.url()).isEqualTo("jdbc:h2:mem:test");
        assertThat(settings.isH2()).isTrue();
        assertThat(settings.user()).isEqualTo("recourse");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "jdbc:mysql://db.internal/recourse?user=root&password=hunter2",
            "jdbc:sqlserver://db",
            "postgresql://db.internal/recourse",
            "jdbc:postgres://db.internal/recourse"
    })
    @DisplayName("any other URL is refused with a message that names the choices but not the whole URL")
    void otherUrlsRefused(String url) {
        // Act / Assert
        assertThatThrownBy(() -> DatabaseSettings.resolve(Optional.of(url), Optional.empty(), Optional.empty(),
                DATA_DIR))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("RECOURSE_DB_URL must start with jdbc:postgresql: (or jdbc:h2:)")
                .hasMessageNotContaining("hunter2");
    }
}
