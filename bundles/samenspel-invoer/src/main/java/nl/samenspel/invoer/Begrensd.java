package nl.samenspel.invoer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;

/**
 * Reads an upload into memory with a bound, chunk by chunk: an announced length over the bound is
 * refused before a byte is read, and an unannounced body stops at the bound plus one byte. The
 * chunks are joined only when the whole body fits, so a refused body never costs more than the
 * bound, and is never copied.
 */
public final class Begrensd {

    private static final int BROK = 64 * 1024;

    private Begrensd() {
    }

    /**
     * @param aangekondigd the Content-Length header or a file's size, null or negative when unknown
     * @throws Limietoverschrijding over {@link Invoerlimieten#uploadBytes()}
     */
    public static byte[] lees(InputStream in, String aangekondigd, Invoerlimieten limieten) throws IOException {
        long max = limieten.uploadBytes();
        long lengte = Invoerlimieten.aangekondigd(aangekondigd);
        if (lengte > max) {
            throw teGroot(max, lengte);
        }
        List<byte[]> brokken = new ArrayList<>();
        long totaal = 0;
        while (true) {
            byte[] brok = in.readNBytes((int) Math.min(BROK, max + 1 - totaal));
            if (brok.length == 0) {
                break;
            }
            brokken.add(brok);
            totaal += brok.length;
            if (totaal > max) {
                throw teGroot(max, -1);
            }
        }
        byte[] uit = new byte[(int) totaal];
        int plek = 0;
        for (byte[] brok : brokken) {
            System.arraycopy(brok, 0, uit, plek, brok.length);
            plek += brok.length;
        }
        return uit;
    }

    /** A file, read only when its size is within the bound. */
    public static byte[] lees(java.nio.file.Path bestand, Invoerlimieten limieten) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(bestand)) {
            return lees(in, Long.toString(java.nio.file.Files.size(bestand)), limieten);
        }
    }

    /** The refusal of a file or body over the upload bound. */
    public static Limietoverschrijding teGroot(long max, long lengte) {
        return new Limietoverschrijding("uploadBytes", max, (lengte > 0 ? "het bestand is " + mib(lengte) : "het bestand is groter dan "
                + mib(max)) + "; een bestand is hooguit " + mib(max) + ", splits het");
    }

    private static String mib(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
