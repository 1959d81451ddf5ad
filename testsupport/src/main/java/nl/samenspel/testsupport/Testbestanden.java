package nl.samenspel.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files as senders deliver them, built in the tests of the shared reader and of every module. */
public final class Testbestanden {

    private Testbestanden() {
    }

    /** A ZIP archive with these entries, in the map's order. */
    public static byte[] zip(Map<String, byte[]> inhoud) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (Map.Entry<String, byte[]> e : inhoud.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return uit.toByteArray();
    }
}
