package nl.samenspel.demodata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one UTF-8 file with a header row; null is written as an empty cell. The separator is
 * ';' unless a format asks for another: youth care and protected housing read ';', the Wmo
 * files of docs/wmo.md are comma separated.
 */
final class CsvBestand implements AutoCloseable {

    static final char PUNTKOMMA = ';';
    static final char KOMMA = ',';

    private final BufferedWriter uit;
    private final int kolommen;
    private final char scheidingsteken;

    CsvBestand(Path bestand, List<String> kop) throws IOException {
        this(bestand, kop, PUNTKOMMA);
    }

    CsvBestand(Path bestand, List<String> kop, char scheidingsteken) throws IOException {
        if (scheidingsteken == '"' || scheidingsteken == '\n' || scheidingsteken == '\r') {
            throw new IllegalArgumentException("not a separator: " + scheidingsteken);
        }
        this.uit = Files.newBufferedWriter(bestand, StandardCharsets.UTF_8);
        this.kolommen = kop.size();
        this.scheidingsteken = scheidingsteken;
        rij(kop.toArray());
    }

    void rij(Object... cellen) throws IOException {
        if (cellen.length != kolommen) {
            throw new IllegalArgumentException("expected " + kolommen + " cells, got " + cellen.length);
        }
        StringBuilder regel = new StringBuilder();
        for (int i = 0; i < cellen.length; i++) {
            if (i > 0) {
                regel.append(scheidingsteken);
            }
            regel.append(cel(cellen[i]));
        }
        uit.write(regel.toString());
        uit.write('\n');
    }

    /** Quotes only when needed, so the usual file has no quotes at all. */
    private String cel(Object waarde) {
        if (waarde == null) {
            return "";
        }
        String tekst = waarde.toString();
        if (tekst.indexOf(scheidingsteken) >= 0 || tekst.indexOf('"') >= 0 || tekst.indexOf('\n') >= 0 || tekst.indexOf('\r') >= 0) {
            return '"' + tekst.replace("\"", "\"\"") + '"';
        }
        return tekst;
    }

    @Override
    public void close() throws IOException {
        uit.close();
    }
}
