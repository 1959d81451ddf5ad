package nl.samenspel.wmo.internal.eigenbijdrage;

import java.util.List;
import nl.samenspel.rest.Csvdownload;

/**
 * The start/stop list as CSV, columns {@code gemeente;maand;client;soort;datum;inningsmaand}
 * (months {@code JJJJ-MM}, dates {@code JJJJ-MM-DD}, {@code soort} {@code start} or {@code stop}).
 * Semicolon separated as Dutch spreadsheet programs open it, written as the project's other downloads
 * ({@link Csvdownload#bestand}). The client is his pseudonym; nothing else about him is written.
 */
public final class CakLijstCsv {

    public static final List<String> KOLOMMEN = List.of("gemeente", "maand", "client", "soort", "datum", "inningsmaand");

    private CakLijstCsv() {
    }

    /** The list as a file: UTF-8 with a byte order mark, so a spreadsheet program reads it as UTF-8. */
    public static byte[] alsBestand(List<CakRegel> regels) {
        return Csvdownload.bestand(KOLOMMEN, regels.stream()
                .map(r -> List.<Object>of(r.gemeente(), r.maand(), r.client(), r.soort().code(), r.datum(), r.inningsmaand())).toList());
    }
}
