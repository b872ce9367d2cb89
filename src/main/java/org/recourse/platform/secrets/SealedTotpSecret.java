package org.recourse.platform.secrets;

import jakarta.persistence.Converter;

/** staff_account.totp_secret, sealed. */
@Converter
public class SealedTotpSecret extends SealedConverter {

    public static final String PURPOSE = "staff_account.totp_secret";

    public SealedTotpSecret() {
        super(PURPOSE);
    }
}
