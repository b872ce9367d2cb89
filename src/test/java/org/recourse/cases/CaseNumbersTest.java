package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Case numbers")
class CaseNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0,       C-000000",
        "1,       C-000001",
        "123,     C-000123",
        "999999,  C-999999",
        "1000000, C-1000000"})
    @DisplayName("are C- and at least six digits")
    void format(long caseId, String number) {
        // Act / Assert
        assertThat(CaseNumbers.format(caseId)).isEqualTo(number);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "C-000123    | 123",
        "c-000123    | 123",
        "C000123     | 123",
        "000123      | 123",
        "123         | 123",
        "'  C-000123\t' | 123",
        "C-1000000   | 1000000",
        "C-000000    | 0",
        "999999999999999999 | 999999999999999999"})
    @DisplayName("are read back however staff type them: either case, with or without C- and leading zeros")
    void parse(String text, long caseId) {
        // Act / Assert
        assertThat(CaseNumbers.parse(text)).hasValue(caseId);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "C", "C-", "C--123", "-123", "X-123", "CC-123", "C-12a", "C 123", "12.3", "1e3",
        "C-0001234567890123456789", "9999999999999999999", "\u0661\u0662\u0663"})
    @DisplayName("anything else is no case number")
    void notANumber(String text) {
        // Act / Assert
        assertThat(CaseNumbers.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 123_456, 9_999_999, 999_999_999_999_999_999L})
    @DisplayName("what is formatted is parsed back to the same case")
    void roundTrip(long caseId) {
        // Act / Assert
        assertThat(CaseNumbers.parse(CaseNumbers.format(caseId))).hasValue(caseId);
    }
}
