package org.recourse.platform.secrets;

import jakarta.persistence.Converter;

/** webhook_endpoint.secret, sealed. */
@Converter
public class SealedWebhookSecret extends SealedConverter {

    public static final String PURPOSE = "webhook_endpoint.secret";

    public SealedWebhookSecret() {
        super(PURPOSE);
    }
}
