package nl.samenspel.wmo.internal.rest;

import java.util.List;
import java.util.function.Function;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import nl.samenspel.xlsx.Blad;
import nl.samenspel.xlsx.Download;

/**
 * The form a Wmo overview is asked in: JSON or, with {@code format=csv} or {@code xlsx} (or the
 * Accept header), a download of its sheets. A {@code @BeanParam} of every overview, so that the form
 * is read, and the answer given, in one place rather than in every operation.
 */
public class Downloadvraag {

    private String format;
    private String accept;

    // setters, not fields: the OpenAPI generator finds a bean parameter's properties by its setters

    @QueryParam("format")
    public void setFormat(String format) {
        this.format = format;
    }

    @HeaderParam(HttpHeaders.ACCEPT)
    public void setAccept(String accept) {
        this.accept = accept;
    }

    /** The overview as JSON, or its sheets (made only for a download) as {@code bestandsnaam.csv} or {@code .xlsx}. */
    <O> Response antwoord(O overzicht, Function<O, List<Blad>> bladen, String bestandsnaam) {
        return Download.antwoord(format, accept, overzicht, () -> bladen.apply(overzicht), bestandsnaam);
    }
}
