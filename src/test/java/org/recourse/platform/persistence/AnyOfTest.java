package org.recourse.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("AnyOf: an equality per value, a few query shapes")
class AnyOfTest {

    @ParameterizedTest(name = "{0} values → {1} equalities")
    @CsvSource({"1,1", "2,2", "3,4", "4,4", "5,8", "17,32", "20,32", "32,32", "33,64"})
    @DisplayName("pads to the next power of two, so few query strings exist")
    void padsToPowerOfTwo(int count, int expected) {
        // Arrange
        List<Integer> values = IntStream.rangeClosed(1, count).boxed().toList();

        // Act
        AnyOf<Integer> any = AnyOf.of("id", values);

        // Assert
        assertThat(any.size()).isEqualTo(expected);
        assertThat(any.test("x").split(" or ")).hasSize(expected);
    }

    @Test
    @DisplayName("writes single-valued equalities in parentheses, never an in-list")
    void writesEqualities() {
        assertThat(AnyOf.of("id", List.of(7L, 9L, 11L)).test("i.content.id"))
                .isEqualTo("(i.content.id = :id0 or i.content.id = :id1 or i.content.id = :id2 or i.content.id = :id3)")
                .doesNotContain(" in ");
    }

    @Test
    @DisplayName("refuses an empty list, which would match nothing by accident")
    void refusesEmpty() {
        assertThatThrownBy(() -> AnyOf.of("id", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
