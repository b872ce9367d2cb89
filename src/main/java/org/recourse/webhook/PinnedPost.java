package org.recourse.webhook;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST, sent to an address that was already checked, and answered by its status code alone.
 *
 * <p>Why not {@code java.net.http.HttpClient}: it (like {@code HttpURLConnection}) looks the host name up again
 * when it connects, and Java 17 offers no hook to hand it an address. A name that gave a public address to the check
 * could give 127.0.0.1 a moment later (DNS rebinding), and the request would go inside. So the socket is connected
 * here to the vetted address itself; for https, TLS is layered on that socket with the URL's host name as SNI and as
 * the name the certificate must carry (endpoint identification "HTTPS", with the JVM's trusted roots), and the Host
 * header is the URL's. Only the status line is read, so a redirect is a 3xx failure, never followed.
 */
final class PinnedPost {

    /** The answer did not begin with an HTTP status line. */
    static final class NotHttpException extends IOException {
        private static final long serialVersionUID = 1L;

        NotHttpException() {
            super("not an HTTP answer");
        }
    }

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: .*)?");
    private static final int MAX_LINE = 8192;
    private static final int MAX_INTERIM = 5;

    private final SSLSocketFactory tls;

    PinnedPost(SSLSocketFactory tls) {
        this.tls = tls;
    }

    static PinnedPost withDefaultTrust() {
        return new PinnedPost((SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /**
     * Posts the body to the target, trying its vetted addresses in turn until one accepts the connection; the whole
     * exchange (connect, TLS, write, the status line) must end within the timeout.
     *
     * @return the HTTP status code of the answer
     */
    int post(TargetPolicy.Target target, Map<String, String> headers, byte[] body, Duration timeout)
            throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        for (InetAddress address : target.addresses()) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, target.port()), remainingMillis(deadline));
            } catch (IOException e) {
                socket.close();
                last = e;
                continue;
            }
            try (Socket open = target.https() ? handshake(socket, target, deadline) : socket) {
                write(open.getOutputStream(), target, headers, body);
                return status(new BufferedInputStream(open.getInputStream()), open, deadline);
            } finally {
                socket.close();
            }
        }
        throw last != null ? last : new IOException("no address to connect to");
    }

    private Socket handshake(Socket socket, TargetPolicy.Target target, long deadline) throws IOException {
        SSLSocket secured = (SSLSocket) tls.createSocket(socket, target.host(), target.port(), true);
        SSLParameters parameters = secured.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!isAddressLiteral(target)) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        secured.setSSLParameters(parameters);
        secured.setSoTimeout(remainingMillis(deadline));
        secured.startHandshake();
        return secured;
    }

    private static boolean isAddressLiteral(TargetPolicy.Target target) {
        return target.uri().getHost().startsWith("[") || target.host().matches("[0-9.]+");
    }

    private static void write(OutputStream out, TargetPolicy.Target target, Map<String, String> headers, byte[] body)
            throws IOException {
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/"
                : target.uri().getRawPath();
        String query = target.uri().getRawQuery() == null ? "" : "?" + target.uri().getRawQuery();
        boolean defaultPort = target.port() == (target.https() ? 443 : 80);
        StringBuilder head = new StringBuilder("POST ").append(path).append(query).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.uri().getHost()).append(defaultPort ? "" : ":" + target.port())
                .append("\r\n");
        headers.forEach((name, value) -> {
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("A header value cannot hold a line break: " + name);
            }
            head.append(name).append(": ").append(value).append("\r\n");
        });
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /** The final status code: interim 1xx answers (and their headers) are skipped. */
    private static int status(InputStream in, Socket socket, long deadline) throws IOException {
        for (int interim = 0; interim <= MAX_INTERIM; interim++) {
            Matcher line = STATUS_LINE.matcher(readLine(in, socket, deadline));
            if (!line.matches()) {
                throw new NotHttpException();
            }
            int status = Integer.parseInt(line.group(1));
            if (status >= 200) {
                return status;
            }
            while (!readLine(in, socket, deadline).isEmpty()) {
                // the interim answer's headers
            }
        }
        throw new NotHttpException();
    }

    private static String readLine(InputStream in, Socket socket, long deadline) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (line.size() < MAX_LINE) {
            socket.setSoTimeout(remainingMillis(deadline));
            int next = in.read();
            if (next < 0 || next == '\n') {
                if (next < 0 && line.size() == 0) {
                    throw new NotHttpException();
                }
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(next);
        }
        throw new NotHttpException();
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("the time for the request ran out");
        }
        return (int) Math.min(left, Integer.MAX_VALUE);
    }
}
