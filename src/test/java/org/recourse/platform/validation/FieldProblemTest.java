package org.recourse.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Field problem")
class FieldProblemTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "items[0], 0",
            "items[3], 3",
            "items[19], 19",
            "items[12].url, 12",
            "items, -1",
            "category, -1",
            "details, -1",
            "contact.email, -1",
            "contact.consent, -1"
    })
    @DisplayName("knows the position of the item it is about")
    void itemIndex(String field, int index) {
        // Act / Assert
        assertThat(FieldProblem.of(field, "some.key").itemIndex()).isEqualTo(index);
    }

    @Test
    @DisplayName("keeps its arguments in order and cannot be changed through them")
    void argumentsCopied() {
        // Arrange
        List<Object> arguments = new ArrayList<>(List.of(4, "ftp://x"));

        // Act
        FieldProblem problem = new FieldProblem("items[3]", "report.error.item.malformedUrl", arguments);
        arguments.clear();

        // Assert
        assertThat(problem.arguments()).containsExactly(4, "ftp://x");
        assertThatThrownBy(() -> problem.arguments().add("more")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("needs a field and a message key")
    void required() {
        // Act / Assert
        assertThatThrownBy(() -> FieldProblem.of(null, "key")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FieldProblem.of("items", null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"items[", "items[x", "items[]", "items[99999999999]", "."})
    @DisplayName("a field a client named (an unknown JSON member) is no item and belongs to what precedes . or [")
    void clientNamedFields(String field) {
        // Act
        FieldProblem problem = FieldProblem.of(field, "api.error.unknownField", field);

        // Assert: found by fuzzing, these used to throw while the 422 was being written
        assertThat(problem.itemIndex()).isEqualTo(-1);
        assertThat(problem.member()).isEqualTo(field.startsWith("items") ? "items" : "");
        assertThat(FieldProblem.of("items[12].url", "k").itemIndex()).isEqualTo(12);
        assertThat(FieldProblem.of("contact.email", "k").member()).isEqualTo("contact");
    }
}
