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

    /** How every failure to reach the server at all begins, as stored (see {@link #UNREACHABLE_KINDS}). */
    public static final String CANNOT_REACH = "cannot reach the SMTP server";
    public static final String TIMED_OUT = "the SMTP server did not answer in time";

    /**
     * The stored failures that say only that the server could not be reached, as SQL {@code like} patterns: a message
     * that waits because of one of them can go as soon as the server answers again.
     */
    public static final java.util.List<String> UNREACHABLE_KINDS = java.util.List.of(CANNOT_REACH + " (%", TIMED_OUT);

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
            return CANNOT_REACH + " (" + cause.getClass().getSimpleName() + ")";
        }
        if (cause instanceof SocketTimeoutException) {
            return TIMED_OUT;
        }
        if (cause instanceof SSLException) {
            return "TLS with the SMTP server failed (" + cause.getClass().getSimpleName() + ")";
        }
        return null;
    }
}
