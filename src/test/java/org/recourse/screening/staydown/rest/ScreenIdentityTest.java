package org.recourse.screening.staydown.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.matching.hash.PdqHash;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.screening.staydown.UploadScreening;

/** An upload named by contentId and url must say what it is (its bytes or their SHA-256), or it could not be registered. */
@DisplayName("/api/v1/screen: a named upload's identity")
class ScreenIdentityTest {

    private static final String SHA = "ab".repeat(32);
    private static final PdqHash PDQ = PdqHash.parse("f".repeat(64)).orElseThrow();

    @ParameterizedTest(name = "contentId {0}, bytes {1}, sha256 {2}, md5 {3}, pdq {4}: refused {5}")
    @CsvSource({
        "true,  false, false, false, true,  true",
        "true,  false, false, true,  false, true",
        "true,  false, false, true,  true,  true",
        "true,  true,  false, false, false, false",
        "true,  false, true,  false, true,  false",
        "false, false, false, false, true,  false",
        "false, false, false, true,  false, false",
    })
    void namedUploadNeedsBytesOrSha256(boolean named, boolean bytes, boolean sha256, boolean md5, boolean pdq,
            boolean refused) {
        // Arrange
        UploadScreening.Upload upload = new UploadScreening.Upload(named ? "img-1" : null,
                named ? "https://platform.example/p/img-1" : null, "image/jpeg", "user-1",
                bytes ? new byte[] {1, 2, 3} : null, sha256 ? SHA : null, md5 ? "cd".repeat(16) : null,
                pdq ? PDQ : null, null);
        List<FieldProblem> problems = new ArrayList<>();

        // Act
        ScreenResource.checkIdentity(upload, problems);

        // Assert
        if (refused) {
            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("sha256");
                assertThat(problem.messageKey()).isEqualTo("api.error.screen.identity");
            });
        } else {
            assertThat(problems).isEmpty();
        }
    }
}
