package org.recourse.performers;

import java.util.Locale;

/** Where a withdrawal came from: the platform's API, or the person on the public page. */
public enum WithdrawalChannel {
    API,
    PUBLIC_PAGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
