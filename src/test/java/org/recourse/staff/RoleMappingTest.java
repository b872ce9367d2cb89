package org.recourse.staff;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DeclareRoles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.staff.security.SecurityConfiguration;

/**
 * A role the container does not know is a role nobody holds: Payara maps the identity store's groups to roles only
 * through glassfish-web.xml, so a new role missing there gets 403 everywhere (LEGAL did, until this test).
 */
@DisplayName("Every staff role is declared and mapped for the container")
class RoleMappingTest {

    static Stream<String> everyRoleName() {
        return Stream.concat(Arrays.stream(Role.values()).map(Role::name), Stream.of(Role.SETUP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRoleName")
    @DisplayName("mapped from its group in glassfish-web.xml, a security role of web.xml, and declared")
    void declaredAndMapped(String role) throws IOException {
        // Arrange
        String glassfish = Files.readString(Path.of("src/main/webapp/WEB-INF/glassfish-web.xml"));
        String web = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));

        // Act
        String[] declared = SecurityConfiguration.class.getAnnotation(DeclareRoles.class).value();

        // Assert
        assertThat(glassfish).contains("<security-role-mapping><role-name>" + role + "</role-name><group-name>"
                + role + "</group-name></security-role-mapping>");
        assertThat(web).contains("<security-role><role-name>" + role + "</role-name></security-role>");
        assertThat(declared).contains(role);
    }
}
