package org.recourse.screening.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Identifiers are normalised the same way on both sides of a partnership before they are hashed")
class IdentifierKindTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ana@example.org|ana@example.org",
        "  Ana@Example.ORG  |ana@example.org",
        "ANA+partners@example.org|ana@example.org",
        "ana@example.org.|ana@example.org",
        "'\tana.b@mail.example.org\t'|ana.b@mail.example.org",
        "ａｎａ@example.org|ana@example.org"})
    @DisplayName("emails: case, spaces around, a +tag, a trailing dot and full-width letters do not change the hash")
    void emails(String raw, String normalised) {
        // Act
        Optional<String> value = IdentifierKind.EMAIL.normalise(raw);

        // Assert
        assertThat(value).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ana", "ana@", "@example.org", "ana@@example.org", "an a@example.org",
        "ana@localhost", "ana@example..org", "+tag@example.org", "ana@example.org<script>"})
    @DisplayName("what is not an email address is not hashed")
    void notEmails(String raw) {
        // Act + Assert
        assertThat(IdentifierKind.EMAIL.normalise(raw)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "+15145550199|+15145550199",
        "+1 (514) 555-0199|+15145550199",
        "+1.514.555.0199|+15145550199",
        "0033 6 12 34 56 78|+33612345678",
        " +44 20 7946 0958 |+442079460958",
        "+1/514/555/0199|+15145550199"})
    @DisplayName("phones: only E.164 digits are kept, 00 is read as +")
    void phones(String raw, String normalised) {
        // Act + Assert
        assertThat(IdentifierKind.PHONE.normalise(raw)).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"514 555 0199", "06 12 34 56 78", "+0123456789", "+12345", "+1234567890123456",
        "+1 514 555 0199 ext 2", "call +15145550199", "++15145550199"})
    @DisplayName("a number without its country code, too short, too long or with words is not hashed (no guessing)")
    void notPhones(String raw) {
        // Act + Assert
        assertThat(IdentifierKind.PHONE.normalise(raw)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"@Survivor_Friend|survivor_friend", "  Survivor_Friend |survivor_friend"})
    @DisplayName("user names: case, spaces and a leading @ do not change the hash")
    void usernames(String raw, String normalised) {
        // Act + Assert
        assertThat(IdentifierKind.USERNAME.normalise(raw)).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "@", "a\u0000b", "a\u200bb"})
    @DisplayName("an empty user name or one with control or invisible characters is not hashed")
    void notUsernames(String raw) {
        // Act + Assert
        assertThat(IdentifierKind.USERNAME.normalise(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EMAIL", "PHONE", "USERNAME"})
    @DisplayName("a value longer than 320 characters is not read at all")
    void tooLong(String kind) {
        // Act + Assert
        assertThat(IdentifierKind.valueOf(kind).normalise("a".repeat(300) + "@example.org" + "1".repeat(20)))
                .isEmpty();
    }
}
