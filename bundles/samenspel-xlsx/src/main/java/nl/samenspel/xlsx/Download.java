package nl.samenspel.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import nl.samenspel.rest.Csvdownload;
import nl.samenspel.rest.ProblemException;

/**
 * An overview as a controller takes it away: the JSON the API answers, or its tables as a download,
 * the first as CSV ({@link Csvdownload}: semicolons, UTF-8 with byte order mark) or all as one XLSX
 * workbook, a sheet each. Asked for with {@code format=json|csv|xlsx} or, without one, by
 * {@code Accept}. The sheets are only made when a download is asked for.
 */
public final class Download {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What an overview is answered as. */
    public enum Formaat { JSON, CSV, XLSX }

    private Download() {
    }

    /**
     * @param parameter the {@code format} query parameter; blank: by {@code accept}
     * @throws ProblemException 400 naming the choices for an unknown format
     */
    public static Formaat formaat(String parameter, String accept) {
        if (parameter != null && !parameter.isBlank()) {
            return switch (parameter.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> Formaat.JSON;
                case "csv" -> Formaat.CSV;
                case "xlsx" -> Formaat.XLSX;
                default -> throw ProblemException.ongeldig("format", "onbekend formaat; kies json, csv of xlsx");
            };
        }
        String a = accept == null ? "" : accept;
        return a.contains(XLSX) ? Formaat.XLSX : a.contains(Csvdownload.TYPE) ? Formaat.CSV : Formaat.JSON;
    }

    /**
     * @param bladen       the overview's tables, the main one first; made only for a download
     * @param bestandsnaam the download's name without extension
     */
    public static Response antwoord(Formaat formaat, Object json, Supplier<List<Blad>> bladen, String bestandsnaam) {
        return switch (formaat) {
            case JSON -> Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
            case CSV -> {
                Blad eerste = bladen.get().get(0);
                yield Csvdownload.bijlage(Csvdownload.bestand(eerste.kolommen(), eerste.rijen()), bestandsnaam + ".csv");
            }
            case XLSX -> Csvdownload.bijlage(xlsx(bladen.get()), XLSX, bestandsnaam + ".xlsx");
        };
    }

    /** As {@link #antwoord(Formaat, Object, Supplier, String)}, with the format from the request. */
    public static Response antwoord(String format, String accept, Object json, Supplier<List<Blad>> bladen, String bestandsnaam) {
        return antwoord(formaat(format, accept), json, bladen, bestandsnaam);
    }

    private static byte[] xlsx(List<Blad> bladen) {
        try {
            return XlsxSchrijver.alsBytes(bladen);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // into memory
        }
    }
}
