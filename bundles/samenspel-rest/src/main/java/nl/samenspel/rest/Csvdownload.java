package nl.samenspel.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A download as every module sends one: CSV as Dutch spreadsheet programs open it (semicolon
 * separated, UTF-8 with a byte order mark, a header row; amounts are integer eurocents, so no
 * decimal separator is involved), as an attachment with its file name. One format, so a download
 * of one module opens like another's.
 */
public final class Csvdownload {

    public static final String TYPE = "text/csv";

    /** RFC 4180 with semicolons. */
    public static final CSVFormat FORMAAT = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(';').build();

    private Csvdownload() {
    }

    /** The header and the rows as a file. */
    public static byte[] bestand(List<String> kolommen, List<? extends List<?>> rijen) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(uit, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, FORMAAT)) {
            w.write('\ufeff');
            p.printRecord(kolommen);
            for (List<?> rij : rijen) {
                p.printRecord(rij);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // into memory
        }
        return uit.toByteArray();
    }

    /** A CSV file as an attachment named {@code naam} ({@code ….csv}). */
    public static Response bijlage(byte[] csv, String naam) {
        return bijlage(csv, TYPE + "; charset=UTF-8", naam);
    }

    /** Any file as an attachment named {@code naam}. */
    public static Response bijlage(byte[] inhoud, String type, String naam) {
        return Response.ok(inhoud, type).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + naam + "\"").build();
    }

    /**
     * Whether {@code format=csv} asks for the download rather than JSON (absent or {@code json}).
     *
     * @throws ProblemException 400 naming the choices for any other value
     */
    public static boolean gevraagd(String format) {
        if (format == null || format.isBlank() || format.equals("json")) {
            return false;
        }
        if (format.equals("csv")) {
            return true;
        }
        throw ProblemException.ongeldig("format", "onbekend formaat; kies json of csv");
    }
}
