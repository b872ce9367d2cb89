package org.recourse.context.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.context.ContextText;
import org.recourse.context.TextKind;
import org.recourse.matching.text.Language;
import org.recourse.platform.validation.FieldProblem;

@DisplayName("Reading a context body (texts around content)")
class ContextRequestReaderTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String texts(int count) {
        StringBuilder body = new StringBuilder("{\"texts\":[");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("{\"kind\":\"comment\",\"text\":\"t").append(i).append("\"}");
        }
        return body.append("]}").toString();
    }

    @Test
    @DisplayName("a good body gives each text with its kind and language; line breaks and tabs are kept")
    void good() {
        // Arrange
        ContextRequestReader reader = new ContextRequestReader();

        // Act
        List<ContextText> read = reader.read(json("{\"texts\":[{\"kind\":\"caption\",\"text\":\"A day\\n\\tout\","
                + "\"language\":\"en\"},{\"kind\":\"title\",\"text\":\"Été\",\"language\":null},"
                + "{\"kind\":\"comment\",\"text\":\"nice\",\"language\":\"fr\"}]}"));

        // Assert
        assertThat(reader.problems()).isEmpty();
        assertThat(read).extracting(ContextText::kind).containsExactly(TextKind.CAPTION, TextKind.TITLE,
                TextKind.COMMENT);
        assertThat(read).extracting(ContextText::language).containsExactly(Language.EN, null, Language.FR);
        assertThat(read.get(0).text()).isEqualTo("A day\n\tout");
    }

    static Stream<Arguments> badBodies() {
        String caption2201 = "x".repeat(2_201);
        return Stream.of(
                Arguments.of("no texts", "{}", "texts", "api.error.context.texts.missing"),
                Arguments.of("texts null", "{\"texts\":null}", "texts", "api.error.context.texts.missing"),
                Arguments.of("no text in texts", "{\"texts\":[]}", "texts", "api.error.context.texts.missing"),
                Arguments.of("texts a string", "{\"texts\":\"hello\"}", "texts", "api.error.context.texts.type"),
                Arguments.of("texts an object", "{\"texts\":{\"kind\":\"caption\"}}", "texts",
                        "api.error.context.texts.type"),
                Arguments.of("21 texts", texts(21), "texts", "api.error.context.texts.tooMany"),
                Arguments.of("a text a number", "{\"texts\":[7]}", "texts[0]", "api.error.context.text.type"),
                Arguments.of("a text an array", "{\"texts\":[[\"x\"]]}", "texts[0]", "api.error.context.text.type"),
                Arguments.of("no kind", "{\"texts\":[{\"text\":\"x\"}]}", "texts[0].kind", "api.error.context.kind"),
                Arguments.of("unknown kind", "{\"texts\":[{\"kind\":\"bio\",\"text\":\"x\"}]}", "texts[0].kind",
                        "api.error.context.kind"),
                Arguments.of("kind in capitals", "{\"texts\":[{\"kind\":\"CAPTION\",\"text\":\"x\"}]}",
                        "texts[0].kind", "api.error.context.kind"),
                Arguments.of("kind a number", "{\"texts\":[{\"kind\":1,\"text\":\"x\"}]}", "texts[0].kind",
                        "api.error.context.kind"),
                Arguments.of("no text", "{\"texts\":[{\"kind\":\"title\"}]}", "texts[0].text",
                        "api.error.context.text.missing"),
                Arguments.of("blank text", "{\"texts\":[{\"kind\":\"title\",\"text\":\" \\n \"}]}", "texts[0].text",
                        "api.error.context.text.missing"),
                Arguments.of("text a number", "{\"texts\":[{\"kind\":\"title\",\"text\":42}]}", "texts[0].text",
                        "api.error.type.string"),
                Arguments.of("text an array", "{\"texts\":[{\"kind\":\"title\",\"text\":[\"a\"]}]}", "texts[0].text",
                        "api.error.type.string"),
                Arguments.of("title of 301", "{\"texts\":[{\"kind\":\"title\",\"text\":\"" + "t".repeat(301) + "\"}]}",
                        "texts[0].text", "api.error.context.text.tooLong"),
                Arguments.of("caption of 2,201", "{\"texts\":[{\"kind\":\"caption\",\"text\":\"" + caption2201
                        + "\"}]}", "texts[0].text", "api.error.context.text.tooLong"),
                Arguments.of("a NUL", "{\"texts\":[{\"kind\":\"caption\",\"text\":\"a\\u0000b\"}]}", "texts[0].text",
                        "api.error.context.text.control"),
                Arguments.of("an escape", "{\"texts\":[{\"kind\":\"caption\",\"text\":\"a\\u001bb\"}]}",
                        "texts[0].text", "api.error.context.text.control"),
                Arguments.of("a C1 control", "{\"texts\":[{\"kind\":\"caption\",\"text\":\"a\\u0085b\"}]}",
                        "texts[0].text", "api.error.context.text.control"),
                Arguments.of("a right-to-left override", "{\"texts\":[{\"kind\":\"caption\",\"text\":\"a\\u202eb\"}]}",
                        "texts[0].text", "api.error.context.text.control"),
                Arguments.of("a directional isolate", "{\"texts\":[{\"kind\":\"caption\",\"text\":\"a\\u2066b\"}]}",
                        "texts[0].text", "api.error.context.text.control"),
                Arguments.of("unknown language",
                        "{\"texts\":[{\"kind\":\"title\",\"text\":\"x\",\"language\":\"de\"}]}",
                        "texts[0].language", "api.error.context.language"),
                Arguments.of("language any", "{\"texts\":[{\"kind\":\"title\",\"text\":\"x\",\"language\":\"any\"}]}",
                        "texts[0].language", "api.error.context.language"),
                Arguments.of("language a boolean",
                        "{\"texts\":[{\"kind\":\"title\",\"text\":\"x\",\"language\":true}]}",
                        "texts[0].language", "api.error.context.language"),
                Arguments.of("an unknown field", "{\"texts\":[{\"kind\":\"title\",\"text\":\"x\"}],\"author\":\"u\"}",
                        "author", "api.error.context.unknownField"),
                Arguments.of("an unknown field in a text", "{\"texts\":[{\"kind\":\"title\",\"text\":\"x\",\"by\":1}]}",
                        "texts[0].by", "api.error.context.unknownField"),
                Arguments.of("a field name with a control character", "{\"a\\u0007b\":1,\"texts\":[{\"kind\":"
                        + "\"title\",\"text\":\"x\"}]}", "ab", "api.error.context.unknownField"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    @DisplayName("each bad input is refused with its own field and message, and nothing is read")
    void refused(String what, String body, String field, String messageKey) {
        // Arrange
        ContextRequestReader reader = new ContextRequestReader();

        // Act
        List<ContextText> read = reader.read(json(body));

        // Assert
        assertThat(read).isNull();
        assertThat(reader.problems()).contains(FieldProblem.of(field, messageKey, problemArguments(reader, field)));
    }

    /** The arguments of the problem named for the field, so the check is about the field and key only. */
    private static Object[] problemArguments(ContextRequestReader reader, String field) {
        return reader.problems().stream().filter(p -> p.field().equals(field)).findFirst()
                .map(p -> p.arguments().toArray()).orElse(new Object[0]);
    }

    @Test
    @DisplayName("every problem of every text is named at once, each under its own index")
    void everyProblemAtOnce() {
        // Arrange
        ContextRequestReader reader = new ContextRequestReader();

        // Act
        List<ContextText> read = reader.read(json("{\"texts\":[{\"kind\":\"caption\",\"text\":\"ok\"},"
                + "{\"kind\":\"x\",\"text\":\"a\\u0001\"},3,{\"kind\":\"title\",\"text\":\"" + "t".repeat(301)
                + "\",\"language\":\"de\"}],\"extra\":true}"));

        // Assert
        assertThat(read).isNull();
        assertThat(reader.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("extra",
                "texts[1].kind", "texts[1].text", "texts[2]", "texts[3].text", "texts[3].language");
    }

    @Test
    @DisplayName("20 texts, each at its kind's longest, are taken")
    void atTheBounds() {
        // Arrange
        ContextRequestReader reader = new ContextRequestReader();
        StringBuilder body = new StringBuilder("{\"texts\":[");
        for (int i = 0; i < ContextRequestReader.MAX_TEXTS; i++) {
            TextKind kind = TextKind.values()[i % 3];
            body.append(i == 0 ? "" : ",").append("{\"kind\":\"").append(kind.code()).append("\",\"text\":\"")
                    .append("é".repeat(kind.maxLength())).append("\"}");
        }

        // Act
        List<ContextText> read = reader.read(json(body.append("]}").toString()));

        // Assert
        assertThat(reader.problems()).isEmpty();
        assertThat(read).hasSize(20);
    }

    @Test
    @DisplayName("a problem never repeats the text it is about")
    void problemsNeverRepeatTheText() {
        // Arrange
        ContextRequestReader reader = new ContextRequestReader();

        // Act
        reader.read(json("{\"texts\":[{\"kind\":\"title\",\"text\":\"secret words\\u0000\"}]}"));

        // Assert
        assertThat(reader.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.toString())
                .doesNotContain("secret"));
    }
}
