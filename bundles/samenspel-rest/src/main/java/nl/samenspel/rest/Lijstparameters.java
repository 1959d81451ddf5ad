package nl.samenspel.rest;

import java.util.List;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;

/**
 * The query parameters every list of stored records takes, as one {@code @BeanParam}: the filters
 * ({@link Lijstfilter}) and the page ({@link Pagina.Vraag}), checked when first asked for, and
 * the request's address for the page links. An operation then reads:
 * {@code Pagina<X> lijst(@BeanParam Lijstparameters p)}.
 */
public class Lijstparameters {

    private String gemeente;
    private String jaar;
    private String van;
    private String tot;
    private String pagina;
    private String aantal;
    private UriInfo uri;

    // setters, not fields: the OpenAPI generator finds a bean parameter's properties by its setters

    @QueryParam("gemeente")
    public void setGemeente(String gemeente) {
        this.gemeente = gemeente;
    }

    @QueryParam("jaar")
    public void setJaar(String jaar) {
        this.jaar = jaar;
    }

    @QueryParam("van")
    public void setVan(String van) {
        this.van = van;
    }

    @QueryParam("tot")
    public void setTot(String tot) {
        this.tot = tot;
    }

    @QueryParam("pagina")
    public void setPagina(String pagina) {
        this.pagina = pagina;
    }

    @QueryParam("aantal")
    public void setAantal(String aantal) {
        this.aantal = aantal;
    }

    @Context
    public void setUri(UriInfo uri) {
        this.uri = uri;
    }

    /** @throws ProblemException 400 naming a bad filter */
    public Lijstfilter filter() {
        return Lijstfilter.van(gemeente, jaar, van, tot);
    }

    /** @throws ProblemException 400 naming a bad page parameter */
    public Pagina.Vraag vraag() {
        return Pagina.Vraag.van(pagina, aantal);
    }

    /** The answer: this page of {@code totaal} records, with links that keep the filters. */
    public <T> Pagina<T> pagina(long totaal, List<T> items) {
        return Pagina.van(vraag(), totaal, items, uri);
    }
}
