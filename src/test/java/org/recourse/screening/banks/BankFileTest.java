package org.recourse.screening.banks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recourse.cases.Category;

@DisplayName("Bank files: CSV and JSON lines, read whole or not at all")
class BankFileTest {

    private static final String MD5 = "0cc175b9c0f1b6a831c399e269772661";
    private static final String SHA = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";

    @Test
    @DisplayName("reads CSV with its header, quotes and any case of hash and type")
    void readsCsv() {
        // Act
        BankFile.Parsed parsed = BankFile.read("hash_type,hash,label,source\nMD5," + MD5.toUpperCase()
                + ",\"a, b\",NCMEC\nsha-256," + SHA + ",,\n");

        // Assert
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.rows()).containsExactly(new BankFile.Row(HashType.MD5, MD5, "a, b", "NCMEC"),
                new BankFile.Row(HashType.SHA256, SHA, null, null));
    }

    @Test
    @DisplayName("reads JSON lines")
    void readsJsonLines() {
        BankFile.Parsed parsed = BankFile.read("{\"hash_type\":\"md5\",\"hash\":\"" + MD5 + "\",\"label\":\"x\","
                + "\"source\":\"list\"}\n\n{\"hash_type\":\"sha256\",\"hash\":\"" + SHA + "\"}\n");
        assertThat(parsed.rows()).hasSize(2);
    }

    @Test
    @DisplayName("one bad line and nothing is taken; each bad line is named by its number")
    void badLinesNamed() {
        // Act
        BankFile.Parsed parsed = BankFile.read("hash_type,hash,label,source\nmd5," + MD5 + ",,\nsha1,abc,,\npdq,xyz,,\n"
                + "md5," + MD5 + "\n\"open,quote\n");

        // Assert
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).extracting(BankFile.Problem::line).containsExactly(3, 4, 5, 6);
        assertThat(parsed.problems().get(0).message()).contains("unknown hash_type \"sha1\"");
        assertThat(parsed.problems().get(1).message()).contains("is not a pdq hash");
        assertThat(parsed.problems().get(2).message()).contains("expected 4 columns");
        assertThat(parsed.problems().get(3).message()).contains("not closed");
    }

    @Test
    @DisplayName("an empty file is refused")
    void emptyRefused() {
        assertThat(BankFile.read("hash_type,hash,label,source\n").valid()).isFalse();
    }

    @Test
    @DisplayName("writes what it reads; a cell a spreadsheet would run as a formula is written as text")
    void writesBack() {
        String line = BankFile.csvLine(HashType.MD5, MD5, "=HYPERLINK(\"x\")", "list, one");
        assertThat(line).isEqualTo("md5," + MD5 + ",\"'=HYPERLINK(\"\"x\"\")\",\"list, one\"");
        assertThat(BankFile.read(line).rows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(row.source()).isEqualTo("list, one");
        });
        assertThat(BankFile.read(BankFile.jsonLine(HashType.SHA256, SHA, null, "s")).rows())
                .containsExactly(new BankFile.Row(HashType.SHA256, SHA, null, "s"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1+1", "\n=HYPERLINK(\"x\")",
            "  \t\n@cmd", "\u00a0=1", "\uff1d1+1"})
    @DisplayName("a formula is written as text also after leading white space or a line break (the old bypasses)")
    void formulaAfterWhiteSpace(String label) {
        // Act
        String line = BankFile.csvLine(HashType.MD5, MD5, label, "ok");

        // Assert: the label cell starts with an apostrophe (inside its quotes, if it is quoted)
        String cell = line.substring(("md5," + MD5 + ",").length(), line.lastIndexOf(",ok"));
        assertThat(cell.startsWith("'") || cell.startsWith("\"'")).as(cell).isTrue();
        assertThat(BankFile.isFormula(label)).isTrue();
    }

    @Test
    @DisplayName("ordinary text is written as it is; a line break is quoted")
    void ordinaryText() {
        assertThat(BankFile.cell("Known list 2026")).isEqualTo("Known list 2026");
        assertThat(BankFile.cell("a-b=c")).isEqualTo("a-b=c");
        assertThat(BankFile.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(BankFile.cell(null)).isEmpty();
        assertThat(BankFile.isFormula("   ")).isFalse();
    }

    @Test
    @DisplayName("removals go to the bank of their category; a blocked re-upload is reported as the bank's category")
    void purposes() {
        assertThat(BankPurpose.forRemoved(Category.CHILD_SEXUAL_IMAGERY)).isEqualTo(BankPurpose.CHILD_SEXUAL_IMAGERY);
        assertThat(BankPurpose.forRemoved(Category.NON_CONSENSUAL_INTIMATE_IMAGE)).isEqualTo(BankPurpose.INTIMATE_IMAGES);
        assertThat(BankPurpose.forRemoved(Category.SURVIVOR_ADULT_IMAGE)).isEqualTo(BankPurpose.SURVIVOR_IMAGES);
        assertThat(BankPurpose.IMPORTED.category()).as("when unsure, a child").isEqualTo(Category.CHILD_SEXUAL_IMAGERY);
        assertThat(BankPurpose.SURVIVOR_SUBMITTED.selfReported()).isTrue();
        assertThat(BankPurpose.SUPPRESSION.blocks()).isFalse();
        assertThat(List.of(BankPurpose.values())).allSatisfy(p -> assertThat(p.category()).isNotNull());
    }
}
