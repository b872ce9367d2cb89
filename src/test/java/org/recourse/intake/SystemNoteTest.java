package org.recourse.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("System note: what the portal says of its own report, as a message key and arguments")
class SystemNoteTest {

    @Test
    @DisplayName("is stored in two columns and read back the same, message arguments and empty ones included")
    void roundTrip() {
        // Arrange
        SystemNote note = SystemNote.of("report.system.sweep.bank.many", 12, SystemNote.message("a.key"), "");

        // Act
        SystemNote back = SystemNote.stored(note.key(), note.joinedArgs());

        // Assert
        assertThat(back).isEqualTo(note);
        assertThat(back.args()).containsExactly("12", "#a.key", "");
        assertThat(SystemNote.stored("report.system.x", "")).isEqualTo(new SystemNote("report.system.x", List.of()));
        assertThat(SystemNote.stored(null, null)).isNull();
    }

    @Test
    @DisplayName("refuses a key that is not a message key, a separator inside an argument, and arguments too long")
    void refuses() {
        assertThatThrownBy(() -> SystemNote.of("<b>bold</b>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SystemNote.of("a.key", "x\u001Fy")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SystemNote.of("a.key", "x".repeat(1001))).isInstanceOf(IllegalArgumentException.class);
    }
}
