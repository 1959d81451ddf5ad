package nl.samenspel.demodata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes messages into one ZIP archive, with a fixed entry time so a seed gives the same bytes. */
final class ZipArchief {

    private static final LocalDateTime VASTE_TIJD = LocalDateTime.of(2018, 1, 1, 0, 0);

    private ZipArchief() {
    }

    static void schrijf(Path bestand, List<XmlBericht> berichten) throws IOException {
        Set<String> namen = new HashSet<>();
        try (OutputStream uit = Files.newOutputStream(bestand); ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (XmlBericht b : berichten) {
                if (!namen.add(b.naam())) {
                    throw new IllegalStateException("duplicate entry " + b.naam() + " in " + bestand);
                }
                ZipEntry entry = new ZipEntry(b.naam());
                entry.setTimeLocal(VASTE_TIJD);
                zip.putNextEntry(entry);
                zip.write(b.inhoud());
                zip.closeEntry();
            }
        }
    }
}
