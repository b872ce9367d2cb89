package org.recourse.hotline.outside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.hotline.outside.OutsideAddresses.anAddress;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Exporting outside addresses for a hotline")
class OutsideExportTest {

    private final List<String> lines = new ArrayList<>();

    @Test
    @DisplayName("the plain list has each URL once, one a line")
    void plain() {
        // Arrange
        List<OutsideAddress> addresses = List.of(anAddress(1, 10, "https://a.example/1", 1, 1),
                anAddress(2, 11, "https://a.example/1", 2, 2), anAddress(3, 11, "https://b.example/2", 2, 2));

        // Act
        OutsideExport.plain(addresses, lines::add);

        // Assert
        assertThat(lines).containsExactly("https://a.example/1", "https://b.example/2");
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"https://a.example/x\nhttps://injected.example/", "https://a.example/x\r",
            "https://a.example/\u2028x", "https://a.example/ x", "https://a.example/\u0000", "https://a.example/\u202Ex",
            "https://a.example/\u0085x", ""})
    @DisplayName("a URL that would break its line or hide characters is left out of the plain list")
    void plainRefusesBreakingUrls(String url) {
        // Arrange, Act
        OutsideExport.plain(List.of(anAddress(1, 10, url, 1, 1), anAddress(2, 10, "https://ok.example/", 1, 1)),
                lines::add);

        // Assert
        assertThat(lines).containsExactly("https://ok.example/");
    }

    @Test
    @DisplayName("the CSV has a header, quoted cells, the day of the first report, the case number and category code")
    void csv() {
        // Arrange
        List<OutsideAddress> addresses = List.of(anAddress(7, 42, "https://a.example/p?x=\"1\",2", 1, 3));

        // Act
        OutsideExport.csv(addresses, lines::add);

        // Assert
        assertThat(lines).containsExactly("url,host,first_reported,case_number,category",
                "\"https://a.example/p?x=\"\"1\"\",2\",\"a.example\",\"2026-11-01\",\"C-000042\",\"child_sexual_imagery\"");
    }

    @Test
    @DisplayName("in the CSV, line breaks are percent-encoded and formulas neutralised")
    void csvEscapes() {
        // Arrange
        List<OutsideAddress> addresses = List.of(anAddress(1, 1, "https://a.example/x\r\n=HYPERLINK(\"y\")", 1, 1),
                anAddress(2, 1, "=cmd|' /C calc'!A0", 1, 1), anAddress(3, 1, "@SUM(1)", 1, 1),
                anAddress(4, 1, "-2+3", 1, 1), anAddress(5, 1, "+1", 1, 1));

        // Act
        OutsideExport.csv(addresses, lines::add);

        // Assert: one line per address, nothing starting a cell with a formula character
        assertThat(lines).hasSize(6).allSatisfy(line -> assertThat(line).doesNotContain("\r", "\n"));
        assertThat(lines.get(1)).startsWith("\"https://a.example/x%0D%0A=HYPERLINK(\"\"y\"\")\"");
        assertThat(lines.subList(2, 6)).allSatisfy(line -> assertThat(line).startsWith("\"'"));
        assertThat(String.join("\n", lines)).doesNotContain(",\"=", ",\"+", ",\"-", ",\"@");
    }
}
