package org.recourse.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.recourse.platform.i18n.ZonePreference;

/** The time zone a staff member chose for the workspace, asked by the platform's {@code Times} once a request. */
@ApplicationScoped
public class StaffZones implements ZonePreference {

    @Inject
    StaffRepository accounts;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> of(String username) {
        return username == null ? Optional.empty() : accounts.timeZoneOf(username);
    }
}
