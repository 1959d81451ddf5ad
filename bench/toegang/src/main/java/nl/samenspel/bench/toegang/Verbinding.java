package nl.samenspel.bench.toegang;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection to 127.0.0.1 over a plain blocking socket: the load
 * generator's client. No TLS, no pooling, no redirects; it writes a request that was encoded
 * once and reads the whole answer (status line, headers, body by Content-Length or chunked).
 * Parsing works on bytes, so the hot loop makes next to no garbage in the bench JVM.
 */
final class Verbinding implements AutoCloseable {

    /** One answer. {@code body} only when asked for; {@code kopBytes} is the status line and the headers. */
    record Antwoord(int status, int kopBytes, long bodyBytes, boolean sluit, String koppen, byte[] body) {
    }

    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRANSFER_ENCODING = "transfer-encoding:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONNECTION = "connection:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHUNKED = "chunked".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "close".getBytes(StandardCharsets.US_ASCII);

    private final int poort;
    private final int leesTimeoutMs;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] buf = new byte[32 * 1024];
    private int pos;
    private int lim;
    private final byte[] regel = new byte[8 * 1024];
    /** How many times this client (re)connected. */
    int verbindingen;

    Verbinding(int poort, int leesTimeoutMs) {
        this.poort = poort;
        this.leesTimeoutMs = leesTimeoutMs;
    }

    static byte[] verzoek(int poort, String pad, String authorization) {
        StringBuilder s = new StringBuilder();
        s.append("GET ").append(pad).append(" HTTP/1.1\r\n");
        s.append("Host: 127.0.0.1:").append(poort).append("\r\n");
        s.append("Accept: application/json\r\n");
        s.append("User-Agent: samenspel-bench-toegang\r\n");
        if (authorization != null) {
            s.append("Authorization: ").append(authorization).append("\r\n");
        }
        s.append("\r\n");
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    void verbind() throws IOException {
        sluit();
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setKeepAlive(true);
        s.setSoTimeout(leesTimeoutMs);
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), poort), 5_000);
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
        pos = 0;
        lim = 0;
        verbindingen++;
    }

    boolean open() {
        return socket != null && !socket.isClosed();
    }

    /**
     * Sends the request on this connection and reads the whole answer. Reconnects first when the
     * connection is closed (the server said {@code Connection: close} last time).
     */
    Antwoord stuur(byte[] verzoek, boolean bewaar) throws IOException {
        if (!open()) {
            verbind();
        }
        out.write(verzoek);
        out.flush();
        return lees(bewaar);
    }

    private Antwoord lees(boolean bewaar) throws IOException {
        int n = leesRegel();
        if (n < 12 || regel[0] != 'H' || regel[1] != 'T' || regel[2] != 'T' || regel[3] != 'P') {
            throw new IOException("geen HTTP-statusregel: " + new String(regel, 0, Math.max(0, n), StandardCharsets.ISO_8859_1));
        }
        int status = (regel[9] - '0') * 100 + (regel[10] - '0') * 10 + (regel[11] - '0');
        int kopBytes = n + 2;
        long lengte = -1;
        boolean chunked = false;
        boolean sluit = false;
        StringBuilder koppen = bewaar ? new StringBuilder(new String(regel, 0, n, StandardCharsets.ISO_8859_1)).append('\n') : null;
        while (true) {
            n = leesRegel();
            kopBytes += n + 2;
            if (n == 0) {
                break;
            }
            if (koppen != null) {
                koppen.append(new String(regel, 0, n, StandardCharsets.ISO_8859_1)).append('\n');
            }
            if (begintMet(regel, n, CONTENT_LENGTH)) {
                lengte = getal(regel, CONTENT_LENGTH.length, n);
            } else if (begintMet(regel, n, TRANSFER_ENCODING)) {
                chunked = bevat(regel, TRANSFER_ENCODING.length, n, CHUNKED);
            } else if (begintMet(regel, n, CONNECTION)) {
                sluit = bevat(regel, CONNECTION.length, n, CLOSE);
            }
        }
        ByteArrayOutputStream body = bewaar ? new ByteArrayOutputStream() : null;
        long bodyBytes;
        if (chunked) {
            bodyBytes = 0;
            while (true) {
                n = leesRegel();
                long stuk = hex(regel, n);
                if (stuk == 0) {
                    while (leesRegel() != 0) {
                        // trailers: none expected
                    }
                    break;
                }
                sla(stuk, body);
                bodyBytes += stuk;
                if (leesRegel() != 0) {
                    throw new IOException("chunk zonder CRLF");
                }
            }
        } else if (lengte >= 0) {
            sla(lengte, body);
            bodyBytes = lengte;
        } else {
            // no length: the body runs until the server closes (not expected from Jetty for these answers)
            bodyBytes = 0;
            while (true) {
                if (pos == lim && !vul()) {
                    break;
                }
                if (body != null) {
                    body.write(buf, pos, lim - pos);
                }
                bodyBytes += lim - pos;
                pos = lim;
            }
            sluit = true;
        }
        if (sluit) {
            sluit();
        }
        return new Antwoord(status, kopBytes, bodyBytes, sluit, koppen == null ? null : koppen.toString(),
                body == null ? null : body.toByteArray());
    }

    private void sla(long aantal, ByteArrayOutputStream body) throws IOException {
        long rest = aantal;
        while (rest > 0) {
            if (pos == lim && !vul()) {
                throw new EOFException("verbinding gesloten midden in een antwoord");
            }
            int stuk = (int) Math.min(rest, lim - pos);
            if (body != null) {
                body.write(buf, pos, stuk);
            }
            pos += stuk;
            rest -= stuk;
        }
    }

    /** One line without its CRLF into {@link #regel}; returns its length. */
    private int leesRegel() throws IOException {
        int n = 0;
        while (true) {
            if (pos == lim && !vul()) {
                throw new EOFException("verbinding gesloten door de server");
            }
            byte b = buf[pos++];
            if (b == '\n') {
                return n > 0 && regel[n - 1] == '\r' ? n - 1 : n;
            }
            if (n == regel.length) {
                throw new IOException("kopregel langer dan " + regel.length + " bytes");
            }
            regel[n++] = b;
        }
    }

    private boolean vul() throws IOException {
        int r = in.read(buf, 0, buf.length);
        if (r <= 0) {
            return false;
        }
        pos = 0;
        lim = r;
        return true;
    }

    private static boolean begintMet(byte[] r, int n, byte[] voor) {
        if (n < voor.length) {
            return false;
        }
        for (int i = 0; i < voor.length; i++) {
            if (Character.toLowerCase(r[i]) != voor[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean bevat(byte[] r, int van, int n, byte[] woord) {
        outer:
        for (int i = van; i + woord.length <= n; i++) {
            for (int j = 0; j < woord.length; j++) {
                if (Character.toLowerCase(r[i + j]) != woord[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static long getal(byte[] r, int van, int n) throws IOException {
        long v = 0;
        boolean cijfer = false;
        for (int i = van; i < n; i++) {
            byte b = r[i];
            if (b >= '0' && b <= '9') {
                v = v * 10 + (b - '0');
                cijfer = true;
            } else if (b != ' ' && b != '\t') {
                throw new IOException("ongeldige Content-Length");
            }
        }
        if (!cijfer) {
            throw new IOException("lege Content-Length");
        }
        return v;
    }

    private static long hex(byte[] r, int n) throws IOException {
        long v = 0;
        boolean cijfer = false;
        for (int i = 0; i < n; i++) {
            int d = Character.digit(r[i], 16);
            if (d < 0) {
                if (r[i] == ';' || r[i] == ' ') {
                    break;
                }
                throw new IOException("ongeldige chunkgrootte");
            }
            v = v * 16 + d;
            cijfer = true;
        }
        if (!cijfer) {
            throw new IOException("lege chunkgrootte");
        }
        return v;
    }

    void sluit() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }

    @Override
    public void close() {
        sluit();
    }
}
