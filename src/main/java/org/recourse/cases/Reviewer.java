package org.recourse.cases;

import java.io.Serializable;
import java.util.Objects;
import java.util.function.Predicate;
import org.recourse.staff.Role;

/** Who is reviewing: their username and the strongest role they hold. The case's rules ask this, never a page. */
public record Reviewer(String username, Role role) implements Serializable {

    public Reviewer {
        Objects.requireNonNull(username, "A reviewer is required.");
        Objects.requireNonNull(role, "The reviewer's role is required.");
        if (!role.reviews()) {
            throw new IllegalArgumentException("Only the review roles review cases, not " + role + ".");
        }
    }

    /**
     * The signed-in reviewer, from their name and the container's role check (admins hold every review role).
     *
     * @throws IllegalStateException for someone without a review role (LEGAL): web.xml keeps them from review pages,
     *     and this keeps a page that forgot from treating them as a moderator
     */
    public static Reviewer of(String username, Predicate<String> inRole) {
        if (!inRole.test(Role.MODERATOR.name())) {
            throw new IllegalStateException(username + " holds no review role");
        }
        Role role = inRole.test(Role.ADMIN.name()) ? Role.ADMIN
                : inRole.test(Role.SUPERVISOR.name()) ? Role.SUPERVISOR : Role.MODERATOR;
        return new Reviewer(username, role);
    }

    public boolean isSupervisor() {
        return role.includes(Role.SUPERVISOR);
    }
}
