package org.recourse.screening.banks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ThreatExchange's list shapes, with examples of their real shape: the hashes are python-threatexchange's own examples
 * ({@code PdqSignal.get_examples()}, {@code VideoMD5Signal.get_examples()}), the query CSV and JSON lines are what
 * {@code threatexchange query} writes ({@code cli/tests/test_query_cmd.py}), the page is the Graph API's
 * {@code threat_descriptors} shape (tags as an edge of {@code {id, text}}).
 */
@DisplayName("ThreatExchange lists: signal files, query CSV and JSON lines, Graph API pages")
class ThreatExchangeFileTest {

    private static final String PDQ_1 = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private static final String PDQ_2 = "e64cc9d91c623882f8d1f1d9a398e78c9f199b3bd83924f2b7e11e0bf861b064";
    private static final String MD5 = "cab08b36195edb1a1231d2d09fa450e0";
    private static final String VPDQ = "[\"" + PDQ_1 + ",100,0.0\", \"" + PDQ_2 + ",98,1.0\"]";

    @Test
    @DisplayName("a signal file: a line per signal, the type's name, a space, the signal")
    void signalFile() {
        // Arrange
        String file = "pdq " + PDQ_1 + "\nvideo_md5 " + MD5.toUpperCase() + "\n\npdq " + PDQ_2 + "\n";

        // Act
        BankFormats.Read read = BankFormats.read(file);

        // Assert
        assertThat(read.format()).isEqualTo(ListFormat.TE_SIGNALS);
        assertThat(read.parsed().rows()).containsExactly(new BankFile.Row(HashType.PDQ, PDQ_1, null, null),
                new BankFile.Row(HashType.MD5, MD5, null, null), new BankFile.Row(HashType.PDQ, PDQ_2, null, null));
    }

    @Test
    @DisplayName("the CSV of threatexchange query: ids kept for feedback, tags as the label")
    void queryCsv() {
        // Arrange
        String file = "id,indicator,type,status,tags,owner_id\n"
                + "1," + PDQ_1 + ",HASH_PDQ,MALICIOUS,csam photo,900\n"
                + "4," + MD5 + ",VIDEO_HASH_MD5,MALICIOUS,,903\n";

        // Act
        BankFormats.Read read = BankFormats.read(file);

        // Assert
        assertThat(read.format()).isEqualTo(ListFormat.TE_QUERY_CSV);
        assertThat(read.parsed().rows()).containsExactly(
                new BankFile.Row(HashType.PDQ, PDQ_1, "csam photo", null, "1"),
                new BankFile.Row(HashType.MD5, MD5, null, null, "4"));
    }

    @Test
    @DisplayName("the JSON lines of threatexchange query")
    void queryJsonLines() {
        // Arrange
        String file = "{\"id\": \"1\", \"indicator\": \"" + PDQ_1 + "\", \"type\": \"HASH_PDQ\", \"status\": "
                + "\"MALICIOUS\", \"tags\": [\"photo\", \"csam\"], \"owner_id\": \"900\"}\n";

        // Act
        BankFormats.Read read = BankFormats.read(file);

        // Assert
        assertThat(read.format()).isEqualTo(ListFormat.TE_QUERY_JSON_LINES);
        assertThat(read.parsed().rows()).containsExactly(new BankFile.Row(HashType.PDQ, PDQ_1, "csam photo", null,
                "1"));
    }

    @Test
    @DisplayName("a Graph API threat_descriptors page, on one line or pretty-printed")
    void graphPage() {
        // Arrange
        String page = """
                {
                  "data": [
                    {"id": "1", "raw_indicator": "%s", "type": "HASH_PDQ", "status": "MALICIOUS",
                     "tags": {"data": [{"id": "11", "text": "photo"}, {"id": "12", "text": "csam"}]},
                     "owner": {"id": "900"}},
                    {"id": "2", "raw_indicator": "%s", "type": "HASH_MD5", "status": "UNKNOWN"}
                  ],
                  "paging": {"next": "https://graph.example/v99.0/threat_descriptors?after=2"}
                }""".formatted(PDQ_1, MD5);

        // Act
        BankFormats.Read pretty = BankFormats.read(page);
        BankFormats.Read oneLine = BankFormats.read(page.replace("\n", " "));

        // Assert
        assertThat(pretty.format()).isEqualTo(ListFormat.TE_DESCRIPTORS);
        assertThat(pretty.parsed().rows()).containsExactly(
                new BankFile.Row(HashType.PDQ, PDQ_1, "csam photo", null, "1"),
                new BankFile.Row(HashType.MD5, MD5, null, null, "2"));
        assertThat(oneLine.format()).isEqualTo(ListFormat.TE_DESCRIPTORS);
        assertThat(oneLine.parsed().rows()).isEqualTo(pretty.parsed().rows());
    }

    @Test
    @DisplayName("every bad row is named by its line and what is wrong, and nothing is kept")
    void badRows() {
        // Arrange
        String file = "id,indicator,type,status,tags,owner_id\n"
                + "1," + PDQ_1 + ",HASH_PDQ,MALICIOUS,csam,900\n"
                + "2,abc,HASH_PDQ,MALICIOUS,,900\n"
                + "3," + MD5 + ",URI,MALICIOUS,,900\n"
                + "4," + PDQ_2 + ",HASH_PDQ,NON_MALICIOUS,,900\n"
                + "5,\"" + VPDQ.replace(",98,", ",101,").replace("\"", "\"\"") + "\",HASH_VIDEO_VPDQ,MALICIOUS,,900\n"
                + "6," + PDQ_2 + ",HASH_PDQ\n";

        // Act
        BankFile.Parsed parsed = BankFormats.read(file).parsed();

        // Assert
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.rows()).as("all or nothing").isEmpty();
        assertThat(parsed.problems()).extracting(BankFile.Problem::line).containsExactly(3, 4, 5, 6, 7);
        assertThat(parsed.problems().get(0).message()).contains("is not a pdq hash");
        assertThat(parsed.problems().get(1).message()).contains("unknown type \"URI\"");
        assertThat(parsed.problems().get(2).message()).contains("NON_MALICIOUS");
        assertThat(parsed.problems().get(3).message()).contains("vPDQ hash that is not valid", "quality");
        assertThat(parsed.problems().get(4).message()).contains("expected 6 columns");
    }

    @Test
    @DisplayName("a vPDQ signal is a video: its frames are kept, keyed by their SHA-256; a malformed one is named")
    void video() {
        // Act
        BankFile.Parsed good = BankFormats.read("pdq " + PDQ_1 + "\nvpdq " + VPDQ + "\n").parsed();
        BankFile.Parsed bad = BankFormats.read("video_vpdq [\"" + PDQ_1 + ",101,0.0\"]\n").parsed();
        BankFile.Parsed page = BankFormats.read("{\"data\": [{\"id\": \"9\", \"raw_indicator\": " + jsonString(VPDQ)
                + ", \"type\": \"HASH_VIDEO_VPDQ\"}]}").parsed();

        // Assert
        String frames = "0,100," + PDQ_1 + ",0.000\n1,98," + PDQ_2 + ",1.000\n";
        assertThat(good.problems()).isEmpty();
        assertThat(good.rows().get(1)).isEqualTo(new BankFile.Row(HashType.VPDQ, VpdqEntries.key(frames), null,
                null, null, frames));
        assertThat(bad.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("not valid", "quality"));
        assertThat(page.rows()).singleElement().satisfies(row -> {
            assertThat(row.frames()).isEqualTo(frames);
            assertThat(row.sourceRef()).isEqualTo("9");
        });
    }

    @Test
    @DisplayName("a video entry is written back as python-threatexchange's signal, which reads back to the same frames")
    void videoRoundTrip() {
        // Arrange
        String frames = VpdqEntries.frames(VPDQ);
        List<ThreatExchangeFile.Listed> listed = List.of(new ThreatExchangeFile.Listed(HashType.VPDQ,
                VpdqEntries.signal(frames), "tag", "77", null));

        // Act
        for (ListFormat format : ListFormat.values()) {
            List<String> lines = new java.util.ArrayList<>();
            BankFormats.write(format, listed, lines::add);
            BankFormats.Read read = BankFormats.read(String.join("\n", lines) + "\n");

            // Assert
            assertThat(read.parsed().problems()).as(format.name()).isEmpty();
            assertThat(read.parsed().rows()).as(format.name()).singleElement()
                    .satisfies(row -> assertThat(row.frames()).isEqualTo(frames));
        }
    }

    @Test
    @DisplayName("lists that are not what they seem are named, not guessed")
    void notLists() {
        assertThat(BankFormats.read("{\"data\": 3}").parsed().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no \"data\" list"));
        assertThat(BankFormats.read("{\"data\": [").parsed().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not valid JSON"));
        assertThat(BankFormats.read("sha1 abcdef").parsed().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown signal type \"sha1\""));
        assertThat(BankFormats.read("{\"data\": [{\"id\": \"x y\", \"raw_indicator\": \"" + MD5
                + "\", \"type\": \"HASH_MD5\"}, 7]}").parsed().problems())
                .extracting(BankFile.Problem::line).containsExactly(1, 2);
        assertThat(BankFormats.read("indicator,type,type\n" + MD5 + ",HASH_MD5,x\n").parsed().problems())
                .containsExactly(new BankFile.Problem(1, "the header names the column \"type\" twice"));
        assertThat(BankFormats.read("\"pdq " + MD5 + "\n").parsed().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not closed"));
        assertThat(BankFormats.read("\n\n").parsed().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no hashes"));
    }

    @Test
    @DisplayName("Recourse's own CSV and JSON lines are still recognised")
    void ownFormats() {
        assertThat(BankFormats.read("hash_type,hash,label,source\nmd5," + MD5 + ",,\n").format())
                .isEqualTo(ListFormat.RECOURSE_CSV);
        assertThat(BankFormats.read("md5," + MD5 + ",,\n").format()).isEqualTo(ListFormat.RECOURSE_CSV);
        assertThat(BankFormats.read("{\"hash_type\":\"md5\",\"hash\":\"" + MD5 + "\"}").format())
                .isEqualTo(ListFormat.RECOURSE_JSON_LINES);
        assertThat(BankFormats.read("\uFEFFpdq " + PDQ_1).parsed().rows()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ListFormat.class)
    @DisplayName("an export reads back as it was written, in every format")
    void roundTrip(ListFormat format) {
        // Arrange
        List<ThreatExchangeFile.Listed> entries = List.of(
                new ThreatExchangeFile.Listed(HashType.PDQ, PDQ_1, "csam photo", "1", null),
                new ThreatExchangeFile.Listed(HashType.MD5, MD5, null, "4", null),
                new ThreatExchangeFile.Listed(HashType.SHA256, "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b98077"
                        + "85afee48bb", "=cmd|' /C calc'!A0", "5", null));
        List<String> lines = new ArrayList<>();

        // Act
        if (format == ListFormat.RECOURSE_CSV || format == ListFormat.RECOURSE_JSON_LINES) {
            entries.forEach(e -> lines.add(format == ListFormat.RECOURSE_CSV
                    ? BankFile.csvLine(e.type(), e.hash(), e.label(), null)
                    : BankFile.jsonLine(e.type(), e.hash(), e.label(), null)));
        } else {
            BankFormats.write(format, entries, lines::add);
        }
        BankFormats.Read read = BankFormats.read(String.join("\n", lines));

        // Assert
        assertThat(read.format()).isEqualTo(format);
        assertThat(read.parsed().rows()).extracting(BankFile.Row::type, BankFile.Row::hash)
                .containsExactly(entries.stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.type(), e.hash()))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
        if (format != ListFormat.TE_SIGNALS && format.threatExchange()) {
            assertThat(read.parsed().rows()).extracting(BankFile.Row::sourceRef).containsExactly("1", "4", "5");
            assertThat(read.parsed().rows().get(0).label()).isEqualTo("csam photo");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ListFormat.class, names = {"TE_QUERY_CSV", "TE_QUERY_JSON_LINES", "TE_DESCRIPTORS"})
    @DisplayName("feedback names each rejected descriptor NON_MALICIOUS with the reason code, and nothing more")
    void feedback(ListFormat format) {
        // Arrange
        List<String> lines = new ArrayList<>();

        // Act
        BankFormats.write(format, List.of(new ThreatExchangeFile.Listed(HashType.PDQ, PDQ_1, "csam", "1",
                "NO_VIOLATION")), lines::add);
        String written = String.join("\n", lines);

        // Assert
        assertThat(written).contains("NON_MALICIOUS", "Rejected on review: NO_VIOLATION", PDQ_1, "HASH_PDQ")
                .doesNotContain("\"MALICIOUS\"");
        assertThat(BankFormats.read(written).parsed().problems()).as("a partner's own tool reads it as benign")
                .allSatisfy(p -> assertThat(p.message()).contains("NON_MALICIOUS"));
    }

    @Test
    @DisplayName("feedback in a signal file or Recourse's CSV lists the rejected hashes")
    void feedbackPlain() {
        // Arrange
        List<String> signals = new ArrayList<>();
        List<String> csv = new ArrayList<>();
        List<ThreatExchangeFile.Listed> rejected = List.of(new ThreatExchangeFile.Listed(HashType.MD5, MD5, null,
                null, "NO_VIOLATION"));

        // Act
        BankFormats.write(ListFormat.TE_SIGNALS, rejected, signals::add);
        BankFormats.write(null, rejected, csv::add);

        // Assert
        assertThat(signals).containsExactly("video_md5 " + MD5);
        assertThat(csv).containsExactly(BankFile.CSV_HEADER, "md5," + MD5 + ",,rejected on review: NO_VIOLATION");
    }

    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
