package org.recourse.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.testing.MovableClock;
import org.recourse.testing.Wiring;

@DisplayName("The Tor exit list: read as hostile, bounded, reloaded when the file changes")
class TorExitListTest {

    @TempDir
    Path folder;

    private static TorExitListFile.Parsed parse(String text) throws Exception {
        return TorExitListFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("the bulk list and exit-addresses formats are read; comments and keyword lines skipped; bad lines counted")
    void formats() throws Exception {
        // Act
        TorExitListFile.Parsed parsed = parse("# Tor bulk exit list\n192.0.2.10\n  2001:db8::10  \n\n"
                + "ExitNode 63BA28370F543D175173E414D5450590D73E22DC\nPublished 2026-12-06 10:00:00\n"
                + "LastStatus 2026-12-06 11:00:00\nExitAddress 198.51.100.20 2026-12-06 11:02:00\n"
                + "tor.example\n192.0.2.300\n192.0.2.11:9001\n192.0.2.12 extra\nExitAddress\n" + "1".repeat(500) + "\n");

        // Assert
        assertThat(parsed.addresses()).containsExactlyInAnyOrder(InetAddress.getByName("192.0.2.10"),
                InetAddress.getByName("2001:db8::10"), InetAddress.getByName("198.51.100.20"));
        assertThat(parsed.badLines()).isEqualTo(6);
        assertThat(parsed.truncated()).isFalse();
    }

    @Test
    @DisplayName("a huge file is read only up to its bounds, without running out of memory")
    void huge() throws Exception {
        // Arrange: an endless stream of one long line, and a list of more addresses than kept
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return '7';
            }
        };
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < TorExitListFile.MAX_ADDRESSES + 10; i++) {
            many.append("10.").append(i >> 16 & 255).append('.').append(i >> 8 & 255).append('.').append(i & 255)
                    .append('\n');
        }

        // Act
        TorExitListFile.Parsed line = TorExitListFile.read(endless);
        TorExitListFile.Parsed addresses = parse(many.toString());

        // Assert
        assertThat(line.addresses()).isEmpty();
        assertThat(line.truncated()).isTrue();
        assertThat(addresses.addresses()).hasSize(TorExitListFile.MAX_ADDRESSES);
        assertThat(addresses.truncated()).isTrue();
    }

    @Test
    @DisplayName("a changed file is read again after the interval; a missing file keeps the last list in force")
    void reload() throws Exception {
        // Arrange
        Path file = folder.resolve("exits.txt");
        Files.writeString(file, "192.0.2.10\n");
        MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
        TorExitList list = new TorExitList();
        Wiring.set(list, "file", Optional.of(file.toString()));
        Wiring.set(list, "checkEvery", "PT1M");
        Wiring.set(list, "clock", clock);
        InetAddress first = InetAddress.getByName("192.0.2.10");
        InetAddress second = InetAddress.getByName("192.0.2.20");

        // Act & Assert: read at first use
        assertThat(list.isExit(first)).isTrue();
        assertThat(list.isExit(second)).isFalse();

        // the file changes: not looked at before the interval, read after it
        Files.writeString(file, "192.0.2.20\n# one less\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-06T10:00:30Z")));
        clock.advance(Duration.ofSeconds(30));
        assertThat(list.isExit(second)).isFalse();
        clock.advance(Duration.ofSeconds(31));
        assertThat(list.isExit(second)).isTrue();
        assertThat(list.isExit(first)).isFalse();
        assertThat(list.status().addresses()).isEqualTo(1);
        assertThat(list.status().loadedAt()).isEqualTo(clock.instant());

        // the file goes missing: the last list stays, and the admin is told
        Files.delete(file);
        clock.advance(Duration.ofMinutes(2));
        assertThat(list.isExit(second)).isTrue();
        assertThat(list.status().problem()).isEqualTo("staff.policy.tor.problem.missing");
    }

    @Test
    @DisplayName("without a file set, no address is a Tor exit and the admin sees the list is off")
    void off() throws Exception {
        // Arrange
        TorExitList list = new TorExitList();
        Wiring.set(list, "file", Optional.empty());
        Wiring.set(list, "checkEvery", "PT1M");
        Wiring.set(list, "clock", new MovableClock(Instant.EPOCH));

        // Act & Assert
        assertThat(list.isExit(InetAddress.getByName("192.0.2.10"))).isFalse();
        assertThat(list.status().configured()).isFalse();
    }
}
