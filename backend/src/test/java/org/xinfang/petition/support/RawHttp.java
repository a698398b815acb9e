package org.xinfang.petition.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte by byte to the running application, for what a well-behaved client library will not send:
 * control bytes in a header, an encoded slash, an oversized header, an endless chunked body; and from a chosen
 * local address, to stand for a client that is not the test's loopback.
 */
public final class RawHttp {

    private static final byte[] CRLF = {'\r', '\n'};

    private final int port;
    private final InetAddress from;

    private RawHttp(int port, InetAddress from) {
        this.port = port;
        this.from = from;
    }

    public static RawHttp to(int port) {
        return new RawHttp(port, null);
    }

    /** Connects from {@code localAddress}, e.g. 127.0.0.2: another loopback address than the test's own. */
    public RawHttp from(String localAddress) throws IOException {
        return new RawHttp(port, InetAddress.getByName(localAddress));
    }

    /** The header line of HTTP Basic credentials for a demo login ({@link Api#PASSWORD}), with its line break. */
    public static String basicAuthorization(String login) {
        return "Authorization: Basic "
                + Base64.getEncoder().encodeToString((login + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8))
                + "\r\n";
    }

    /** Sends the head (request line and headers, each given as raw bytes) and a body, and reads the answer. */
    public Answer send(byte[] head, byte[] body) throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write(CRLF);
            out.write(body);
            out.flush();
            return Answer.read(socket.getInputStream());
        }
    }

    public Answer send(String head, String body) throws IOException {
        return send(head.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends the head and then {@code chunks} chunks of {@code chunkSize} bytes of {@code filler} with chunked transfer
     * encoding, stopping early when the server has answered and closed; then reads the answer.
     */
    public Answer sendChunked(String head, int chunks, int chunkSize, byte filler) throws IOException {
        try (Socket socket = connect()) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(CRLF);
            byte[] chunk = new byte[chunkSize];
            Arrays.fill(chunk, filler);
            byte[] size = (Integer.toHexString(chunkSize) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < chunks; i++) {
                    out.write(size);
                    out.write(chunk);
                    out.write(CRLF);
                    if (socket.getInputStream().available() > 0) {
                        break;
                    }
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (SocketException closedByTheServer) {
                // The server answered before the body ended and stopped reading: its answer is what counts.
            }
            return Answer.read(socket.getInputStream());
        }
    }

    /** Sends the head and then {@code body} as one chunk with chunked transfer encoding, and reads the answer. */
    public Answer sendChunked(String head, byte[] body) throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(CRLF);
            out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return Answer.read(socket.getInputStream());
        }
    }

    private Socket connect() throws IOException {
        Socket socket = from == null
                ? new Socket(InetAddress.getLoopbackAddress(), port)
                : new Socket(InetAddress.getLoopbackAddress(), port, from, 0);
        socket.setSoTimeout(30_000);
        return socket;
    }

    /** A status, headers (names in lower case) and the body as text. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        static Answer read(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            byte[] body;
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = chunkedBody(in);
            } else if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else {
                body = in.readAllBytes();
            }
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] chunkedBody(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16);
                    size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            return body.toByteArray();
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("The connection closed in the middle of a line: " + line);
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
