package org.recourse.staff;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a staff member may do. The review roles nest: a supervisor can do all a moderator can, an admin all a
 * supervisor can. {@link #LEGAL} stands apart: it alone opens the evidence vault, and holds none of the review roles,
 * so an admin (who creates LEGAL accounts) never reads the vault, and a LEGAL member never reads the queue. The names
 * are the security roles of web.xml and {@code @RolesAllowed}.
 */
public enum Role {
    MODERATOR,
    SUPERVISOR,
    ADMIN,
    /** Counsel or a compliance officer: the evidence vault's records, their custody and signed exports, nothing else. */
    LEGAL;

    /** The role group for a signed-in account that still has to set a password or enrol its second factor. */
    public static final String SETUP = "SETUP";

    /** Where the workspace's landing page sends this role: the queue, or the vault for LEGAL. */
    public static final String LEGAL_HOME = "/staff/legal/records";

    /** This role and every role it includes. */
    public Set<Role> granted() {
        return switch (this) {
            case MODERATOR -> EnumSet.of(MODERATOR);
            case SUPERVISOR -> EnumSet.of(MODERATOR, SUPERVISOR);
            case ADMIN -> EnumSet.of(MODERATOR, SUPERVISOR, ADMIN);
            case LEGAL -> EnumSet.of(LEGAL);
        };
    }

    /** Whether this role reviews cases (holds moderating): every role but LEGAL. */
    public boolean reviews() {
        return includes(MODERATOR);
    }

    /** The roles that review cases, weakest first. */
    public static java.util.List<Role> reviewRoles() {
        return java.util.Arrays.stream(values()).filter(Role::reviews).toList();
    }

    public boolean includes(Role other) {
        return granted().contains(other);
    }
}
