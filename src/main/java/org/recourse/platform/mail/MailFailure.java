package org.recourse.platform.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Says in a few words why sending failed, fit to store and show to admins. Only the kind of failure is kept: the
 * exceptions' own messages often quote the server's answer, which may name an address.
 */
public final class MailFailure {

    private MailFailure() {
    }

    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String known = known(cause);
            if (known != null) {
                return known;
            }
        }
        return "mail error (" + failure.getClass().getSimpleName() + ")";
    }

    private static String known(Throwable cause) {
        if (cause instanceof AuthenticationFailedException) {
            return "the SMTP server refused the user name or password";
        }
        if (cause instanceof AddressException) {
            return "the recipient's address is not valid";
        }
        if (cause instanceof SendFailedException) {
            return "the SMTP server refused the recipient";
        }
        if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
            return "cannot reach the SMTP server (" + cause.getClass().getSimpleName() + ")";
        }
        if (cause instanceof SocketTimeoutException) {
            return "the SMTP server did not answer in time";
        }
        if (cause instanceof SSLException) {
            return "TLS with the SMTP server failed (" + cause.getClass().getSimpleName() + ")";
        }
        return null;
    }
}
