package org.recourse.review;

import org.recourse.staff.Role;

/** Who is reviewing: their username and the strongest role they hold. */
public record Reviewer(String username, Role role) {

    public boolean isSupervisor() {
        return role.includes(Role.SUPERVISOR);
    }
}
