package org.recourse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.staff.Role;

@DisplayName("Reviewer: only the review roles review")
class ReviewerTest {

    @Test
    @DisplayName("a LEGAL member is no reviewer, whether built directly or from the container's roles")
    void legalIsNoReviewer() {
        // Act / Assert
        assertThatThrownBy(() -> new Reviewer("lena", Role.LEGAL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reviewer.of("lena", Set.of("LEGAL")::contains))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("the strongest review role the container grants is the reviewer's role")
    void strongestReviewRole() {
        // Act / Assert
        assertThat(Reviewer.of("mona", Set.of("MODERATOR")::contains).role()).isEqualTo(Role.MODERATOR);
        assertThat(Reviewer.of("sam", Set.of("MODERATOR", "SUPERVISOR")::contains).role())
                .isEqualTo(Role.SUPERVISOR);
        assertThat(Reviewer.of("ada", Set.of("MODERATOR", "SUPERVISOR", "ADMIN")::contains).role())
                .isEqualTo(Role.ADMIN);
        assertThat(Role.reviewRoles()).containsExactly(Role.MODERATOR, Role.SUPERVISOR, Role.ADMIN);
    }
}
