package nl.samenspel.verevening.internal.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.xlsx.Blad;
import nl.samenspel.xlsx.Kolomtype;
import nl.samenspel.xlsx.XlsxSchrijver;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The download formats of runs and comparisons: JSON (default), CSV and XLSX, by {@code format} or {@code Accept}. */
final class Export {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * CSV as Dutch spreadsheet programs open it: semicolon separated, UTF-8 with a
     * byte order mark. Amounts are integer eurocents, so no decimal separator is involved.
     */
    private static final CSVFormat CSV_FORMAAT = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(';').build();

    enum Formaat { JSON, CSV, XLSX }

    private Export() {
    }

    static Formaat formaat(String parameter, String accept) {
        if (parameter != null && !parameter.isBlank()) {
            return switch (parameter.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> Formaat.JSON;
                case "csv" -> Formaat.CSV;
                case "xlsx" -> Formaat.XLSX;
                default -> throw ProblemException.ongeldig("format", "onbekend formaat; kies json, csv of xlsx");
            };
        }
        String a = accept == null ? "" : accept;
        if (a.contains(XLSX)) {
            return Formaat.XLSX;
        }
        if (a.contains(CSV)) {
            return Formaat.CSV;
        }
        return Formaat.JSON;
    }

    static Response antwoord(Formaat formaat, Object json, List<Tabel> tabellen, String bestandsnaam) {
        return switch (formaat) {
            case JSON -> Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
            case CSV -> bijlage(csv(tabellen.get(0)), CSV + "; charset=UTF-8", bestandsnaam + ".csv");
            case XLSX -> bijlage(xlsx(tabellen), XLSX, bestandsnaam + ".xlsx");
        };
    }

    private static Response bijlage(byte[] inhoud, String type, String naam) {
        return Response.ok(inhoud, type).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + naam + "\"").build();
    }

    static byte[] csv(Tabel tabel) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(uit, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, CSV_FORMAAT)) {
            w.write('\ufeff');
            p.printRecord(tabel.kolommen());
            for (List<Object> rij : tabel.rijen()) {
                p.printRecord(rij);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static Blad blad(Tabel tabel) {
        List<Kolomtype> typen = tabel.kolommen().stream().map(k -> Tabel.isBedrag(k) ? Kolomtype.EUROCENT : Kolomtype.STANDAARD).toList();
        return new Blad(tabel.naam(), tabel.kolommen(), typen, tabel.rijen());
    }

    static byte[] xlsx(List<Tabel> tabellen) {
        try {
            return XlsxSchrijver.alsBytes(tabellen.stream().map(Export::blad).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
