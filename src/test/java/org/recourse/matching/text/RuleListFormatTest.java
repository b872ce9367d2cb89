package org.recourse.matching.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RuleListFormat")
class RuleListFormatTest {

    @Test
    @DisplayName("reads terms and patterns with their labels, skipping comments and blank lines; ids carry line numbers")
    void reads() {
        // Arrange
        String content = """
                # Threats
                term threat: i (will|'ll) kill (you|u)

                  pattern   doxxing :  \\baddress is \\d+\s
                term harcèlement-sexuel: envoie-moi des nudes
                """;

        // Act
        List<Rule> rules = RuleListFormat.parse("mine", Language.FR, content);

        // Assert
        assertThat(rules).containsExactly(
                Rule.term("mine:2", "mine", Language.FR, "threat", "i (will|'ll) kill (you|u)"),
                Rule.pattern("mine:4", "mine", Language.FR, "doxxing", "\\baddress is \\d+"),
                Rule.term("mine:5", "mine", Language.FR, "harcèlement-sexuel", "envoie-moi des nudes"));
    }

    @Test
    @DisplayName("names every bad line at once, with its number and what is wrong")
    void badLines() {
        // Arrange
        String content = String.join("\r\n",
                "term threat: kill you",
                "kill you",
                "term: kill you",
                "pattern doxxing: (address",
                "term threat:",
                "pattern threat: (a+)+",
                "term two words: kill you");

        // Act
        RuleListFormatException e = catchThrowableOfType(
                () -> RuleListFormat.parse("mine", Language.EN, content), RuleListFormatException.class);

        // Assert
        assertThat(e.problems()).hasSize(6);
        assertThat(e.problems().get(0)).isEqualTo(
                "line 2: expected \"term <label>: <phrase>\" or \"pattern <label>: <regex>\", not \"kill you\".");
        assertThat(e.problems().get(1)).startsWith("line 3: expected");
        assertThat(e.problems().get(2)).startsWith("line 4: The pattern does not compile: Unclosed group");
        assertThat(e.problems().get(3)).isEqualTo("line 5: the term after \"threat:\" is missing.");
        assertThat(e.problems().get(4)).startsWith("line 6: The pattern repeats a group");
        assertThat(e.problems().get(5)).startsWith("line 7: expected");
        assertThat(e).hasMessageStartingWith("The rule list mine has 6 bad lines:\nline 2: ");
    }
}
