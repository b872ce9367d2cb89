package org.recourse.staff;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a staff member may do. Roles nest: a supervisor can do all a moderator can, an admin all a supervisor can.
 * The names are the security roles of web.xml and {@code @RolesAllowed}.
 */
public enum Role {
    MODERATOR,
    SUPERVISOR,
    ADMIN;

    /** The role group for a signed-in account that still has to set a password or enrol its second factor. */
    public static final String SETUP = "SETUP";

    /** This role and every role it includes. */
    public Set<Role> granted() {
        return switch (this) {
            case MODERATOR -> EnumSet.of(MODERATOR);
            case SUPERVISOR -> EnumSet.of(MODERATOR, SUPERVISOR);
            case ADMIN -> EnumSet.of(MODERATOR, SUPERVISOR, ADMIN);
        };
    }

    public boolean includes(Role other) {
        return granted().contains(other);
    }
}
