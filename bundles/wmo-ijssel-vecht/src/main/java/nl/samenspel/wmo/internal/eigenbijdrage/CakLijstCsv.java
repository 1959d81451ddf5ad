package nl.samenspel.wmo.internal.eigenbijdrage;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The start/stop list as CSV, columns {@code gemeente;maand;client;soort;datum;inningsmaand}
 * (months {@code JJJJ-MM}, dates {@code JJJJ-MM-DD}, {@code soort} {@code start} or {@code stop}).
 * Semicolon separated as Dutch spreadsheet programs open it, like the project's other downloads; the
 * caller writes it as UTF-8 ({@link #alsBestand} does, with a byte order mark). The client is his
 * pseudonym; nothing else about him is written.
 */
public final class CakLijstCsv {

    public static final List<String> KOLOMMEN = List.of("gemeente", "maand", "client", "soort", "datum", "inningsmaand");

    static final CSVFormat FORMAAT = CSVFormat.RFC4180.builder().setDelimiter(';').build();

    private CakLijstCsv() {
    }

    public static void schrijf(List<CakRegel> regels, Appendable uit) throws IOException {
        CSVPrinter printer = new CSVPrinter(uit, FORMAAT);
        printer.printRecord(KOLOMMEN);
        for (CakRegel r : regels) {
            printer.printRecord(r.gemeente(), r.maand(), r.client(), r.soort().code(), r.datum(), r.inningsmaand());
        }
        printer.flush();
    }

    /** The list as a file: UTF-8 with a byte order mark, so a spreadsheet program reads it as UTF-8. */
    public static byte[] alsBestand(List<CakRegel> regels) {
        StringBuilder tekst = new StringBuilder("\uFEFF");
        try {
            schrijf(regels, tekst);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
        }
        return tekst.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
