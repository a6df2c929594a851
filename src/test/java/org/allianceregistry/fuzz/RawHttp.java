package org.allianceregistry.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * HTTP/1.1 over a plain socket, one request per connection ({@code Connection: close}).
 * Unlike java.net.http it sends whatever it is given: duplicate or empty headers, odd
 * methods, undecodable targets, bytes that are not UTF-8.
 */
final class RawHttp {

    private static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

    private final String host;

    private final int port;

    private final int timeoutMillis;

    RawHttp(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * A request as it goes on the wire. {@code Host} and {@code Connection: close} are
     * added; so is {@code Content-Length} for a body unless {@code chunked}, which sends
     * the body as two chunks instead.
     */
    record Request(String method, String target, List<Map.Entry<String, String>> headers, byte[] body,
            boolean chunked) {

        Request {
            headers = List.copyOf(headers);
        }

        Optional<String> header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
        }

        byte[] bytes(String authority) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 + body.length);
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            head.append("Host: ").append(authority).append("\r\n");
            for (Map.Entry<String, String> header : headers) {
                head.append(header.getKey()).append(':');
                if (!header.getValue().isEmpty()) {
                    head.append(' ').append(header.getValue());
                }
                head.append("\r\n");
            }
            if (chunked) {
                head.append("Transfer-Encoding: chunked\r\n");
            }
            else if (body.length > 0) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            if (chunked) {
                int half = body.length / 2;
                chunk(out, body, 0, half);
                chunk(out, body, half, body.length - half);
                out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            else {
                out.writeBytes(body);
            }
            return out.toByteArray();
        }

        private static void chunk(ByteArrayOutputStream out, byte[] body, int offset, int length) {
            if (length > 0) {
                out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, offset, length);
                out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }

        /** Its length on the wire, less the Host header. */
        int size() {
            return bytes("").length;
        }

        /**
         * The request as text for a report: control characters escaped, a long body cut.
         */
        String display() {
            String text = new String(bytes("127.0.0.1"), StandardCharsets.UTF_8);
            return Report.printable(text, 1500);
        }
    }

    /** A response; {@code body} is decoded from gzip where the server coded it so. */
    record Response(int status, String statusLine, List<Map.Entry<String, String>> headers, byte[] body,
            boolean bodyAllowed) {

        Optional<String> header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    Response send(Request request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.bytes(host + ":" + port));
                out.flush();
            }
            catch (IOException refusedMidway) {
                // The server may answer and close before reading all of a request it
                // refuses (a body too large):
                // its answer is still there to read.
            }
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            return read(in, request.method().equals("HEAD"));
        }
    }

    private static Response read(InputStream in, boolean head) throws IOException {
        while (true) {
            String statusLine = line(in);
            if (statusLine == null) {
                throw new EOFException("the connection closed without a response");
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP status line: " + Report.printable(statusLine, 200));
            }
            int status = Integer.parseInt(parts[1]);
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.add(colon < 0 ? Map.entry(line, "")
                        : Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
            }
            if (status >= 100 && status < 200) {
                continue; // 100 Continue and the like come before the answer
            }
            boolean bodyAllowed = !head && status != 204 && status != 304;
            byte[] body = bodyAllowed ? body(in, headers) : new byte[0];
            if (header(headers, "Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false)
                    && body.length > 0) {
                try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = gzip.readAllBytes();
                }
            }
            return new Response(status, statusLine, List.copyOf(headers), body, bodyAllowed);
        }
    }

    private static byte[] body(InputStream in, List<Map.Entry<String, String>> headers) throws IOException {
        if (header(headers, "Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))
            .orElse(false)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                String size = line(in);
                if (size == null) {
                    throw new EOFException("the chunked body ended early");
                }
                int semicolon = size.indexOf(';');
                int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (length == 0) {
                    for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                        // trailers are not looked at
                    }
                    return out.toByteArray();
                }
                if (out.size() + length > MAX_RESPONSE_BYTES) {
                    throw new IOException("response body over " + MAX_RESPONSE_BYTES + " bytes");
                }
                out.writeBytes(in.readNBytes(length));
                line(in);
            }
        }
        Optional<String> length = header(headers, "Content-Length");
        if (length.isPresent()) {
            return in.readNBytes(Integer.parseInt(length.get().trim()));
        }
        return in.readNBytes(MAX_RESPONSE_BYTES);
    }

    private static Optional<String> header(List<Map.Entry<String, String>> headers, String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    /**
     * One line without its CRLF (ISO-8859-1, as header bytes are); null at the end of the
     * stream.
     */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            if (line.size() > 64 * 1024) {
                throw new IOException("header line over 64 KiB");
            }
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

}
