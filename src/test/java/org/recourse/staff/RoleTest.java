package org.recourse.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Role: roles nest")
class RoleTest {

    /** Who includes whom, written out so that a change to Role must be a deliberate change here too. */
    private static final Set<String> INCLUDES = Set.of(
            "MODERATOR includes MODERATOR",
            "SUPERVISOR includes MODERATOR",
            "SUPERVISOR includes SUPERVISOR",
            "ADMIN includes MODERATOR",
            "ADMIN includes SUPERVISOR",
            "ADMIN includes ADMIN",
            "LEGAL includes LEGAL");

    static Stream<Arguments> everyPairOfRoles() {
        return Arrays.stream(Role.values())
                .flatMap(role -> Arrays.stream(Role.values()).map(other -> Arguments.of(role, other)));
    }

    @ParameterizedTest(name = "{0} includes {1}?")
    @MethodSource("everyPairOfRoles")
    @DisplayName("each role includes exactly the roles of the table")
    void includes(Role role, Role other) {
        // Act
        boolean includes = role.includes(other);

        // Assert
        assertThat(includes).isEqualTo(INCLUDES.contains(role + " includes " + other));
        assertThat(role.granted().contains(other)).isEqualTo(includes);
    }

    @Test
    @DisplayName("a moderator is granted only moderating, an admin every review role but never LEGAL")
    void granted() {
        // Act / Assert
        assertThat(Role.MODERATOR.granted()).containsExactly(Role.MODERATOR);
        assertThat(Role.SUPERVISOR.granted()).containsExactlyInAnyOrder(Role.MODERATOR, Role.SUPERVISOR);
        assertThat(Role.ADMIN.granted()).containsExactlyInAnyOrder(Role.MODERATOR, Role.SUPERVISOR, Role.ADMIN)
                .doesNotContain(Role.LEGAL);
    }

    @Test
    @DisplayName("LEGAL is granted the vault alone: no review role, and no review role grants it")
    void legalStandsApart() {
        // Act / Assert
        assertThat(Role.LEGAL.granted()).containsExactly(Role.LEGAL);
        assertThat(Arrays.stream(Role.values()).filter(role -> role.includes(Role.LEGAL)))
                .containsExactly(Role.LEGAL);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    @DisplayName("the security groups of a signed-in member are the names of every role granted")
    void groups(Role role) {
        // Act
        Set<String> groups = StaffService.groups(role);

        // Assert
        assertThat(groups).containsExactlyInAnyOrderElementsOf(role.granted().stream().map(Role::name).toList())
                .doesNotContain(Role.SETUP);
    }

    @Test
    @DisplayName("the set-up group is no role, so an account half set up is granted none of the roles")
    void setupIsNoRole() {
        // Act / Assert
        assertThatThrownBy(() -> Role.valueOf(Role.SETUP)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the roles a caller gets cannot change the nesting")
    void grantedIsACopy() {
        // Arrange
        Set<Role> granted = Role.MODERATOR.granted();

        // Act
        granted.add(Role.ADMIN);

        // Assert
        assertThat(Role.MODERATOR.includes(Role.ADMIN)).isFalse();
    }
}
