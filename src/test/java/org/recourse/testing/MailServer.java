package org.recourse.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on a fixed free port of this machine, for tests of what the portal sends. It can
 * be stopped and started again on the same port, like a mail server that goes down for a while; what it received
 * before a stop is kept.
 */
public final class MailServer {

    /**
     * One received mail, reduced to what tests look at.
     *
     * @param listUnsubscribe the List-Unsubscribe header, or null
     */
    public record Mail(String to, String from, String subject, String body, String listUnsubscribe) {

        public boolean mentions(String text) {
            return subject.contains(text) || body.contains(text);
        }
    }

    private final int port;
    private final List<Mail> earlier = new ArrayList<>();
    private GreenMail server;

    private MailServer(int port) {
        this.port = port;
    }

    /** A server on a port that was free a moment ago; not started yet. */
    public static MailServer onFreePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return new MailServer(probe.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public synchronized MailServer start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            earlier.addAll(read(server.getReceivedMessages()));
            server.stop();
            server = null;
        }
    }

    public synchronized List<Mail> received() {
        List<Mail> all = new ArrayList<>(earlier);
        if (server != null) {
            all.addAll(read(server.getReceivedMessages()));
        }
        return all;
    }

    public List<Mail> mentioning(String text) {
        return received().stream().filter(mail -> mail.mentions(text)).toList();
    }

    public List<Mail> to(String address) {
        return received().stream().filter(mail -> mail.to().equals(address)).toList();
    }

    private static List<Mail> read(MimeMessage[] messages) {
        return Arrays.stream(messages).map(MailServer::read).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getAllRecipients()[0].toString(), message.getFrom()[0].toString(),
                    message.getSubject(), message.getContent().toString().replace("\r\n", "\n"),
                    message.getHeader("List-Unsubscribe", null));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }
}
