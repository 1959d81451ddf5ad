package nl.samenspel.verevening.internal.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import nl.samenspel.rest.Csvdownload;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.xlsx.Blad;
import nl.samenspel.xlsx.Kolomtype;
import nl.samenspel.xlsx.XlsxSchrijver;

/** The download formats of runs and comparisons: JSON (default), CSV and XLSX, by {@code format} or {@code Accept}. */
final class Export {

    static final String CSV = Csvdownload.TYPE;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
            case CSV -> Csvdownload.bijlage(csv(tabellen.get(0)), bestandsnaam + ".csv");
            case XLSX -> Csvdownload.bijlage(xlsx(tabellen), XLSX, bestandsnaam + ".xlsx");
        };
    }

    /** As every download: {@link Csvdownload}. */
    static byte[] csv(Tabel tabel) {
        return Csvdownload.bestand(tabel.kolommen(), tabel.rijen());
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
