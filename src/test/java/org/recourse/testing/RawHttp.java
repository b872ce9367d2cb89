package org.recourse.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One HTTP/1.1 request over a plain socket, for bodies no well-behaved client sends: a large body made up as it is
 * sent (with a Content-Length or chunked), written by one thread while this one reads the answer. A server may answer
 * before the body is sent (413) and close the connection; java.net.http gives up then without the answer, browsers
 * and curl show it, and so does this. What was sent before the server stopped reading bounds what it read.
 */
public final class RawHttp {

    /** The answer, how much of the body was sent, and how long it all took. */
    public record Answer(int status, Map<String, String> headers, String body, long bodyBytesSent, Duration took) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /**
     * Sends {@code bodySize} bytes of {@code pattern} repeated, chunked or with a Content-Length, and reads the
     * answer (at most a minute).
     */
    public static Answer post(URI base, String path, String contentType, long bodySize, String pattern,
            boolean chunked, String... headers) {
        long started = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nContent-Type: " + contentType + "\r\n");
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + bodySize + "\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> writeBody(out, bodySize, pattern, chunked, sent), "raw-http-body");
            writer.setDaemon(true);
            writer.start();
            Answer answer = read(socket.getInputStream(), sent, started);
            socket.close();
            writer.join(10_000);
            return new Answer(answer.status(), answer.headers(), answer.body(), sent.get(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void writeBody(OutputStream out, long size, String pattern, boolean chunked, AtomicLong sent) {
        byte[] block = pattern.repeat(Math.max(1, 65_536 / pattern.length())).getBytes(StandardCharsets.US_ASCII);
        try {
            long left = size;
            while (left > 0) {
                int n = (int) Math.min(block.length, left);
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(block, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                sent.addAndGet(n);
                left -= n;
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException e) {
            // The server stopped reading and closed the connection: what it answered is read by the other thread.
        }
    }

    /** Status line, headers, and a body of Content-Length bytes (or up to the close). */
    private static Answer read(InputStream in, AtomicLong sent, long started) throws IOException {
        String status = line(in);
        if (status == null) {
            throw new IOException("The server closed the connection without an answer after " + sent.get()
                    + " body bytes");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if (length != null) {
            body.write(in.readNBytes(Integer.parseInt(length)));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return new Answer(Integer.parseInt(status.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8),
                sent.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
