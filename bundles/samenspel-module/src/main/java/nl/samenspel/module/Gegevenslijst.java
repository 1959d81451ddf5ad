package nl.samenspel.module;

import java.sql.SQLException;
import java.time.LocalDate;
import nl.samenspel.rest.Lijstfilter;
import nl.samenspel.rest.Lijstparameters;
import nl.samenspel.rest.Pagina;
import nl.samenspel.store.Lijstvraag;

/**
 * A list of a module's stored records over REST, answered the same way in every module: the
 * filters and the page the request asks for ({@link Lijstparameters}) are read from the module's
 * storage, and the answer is that page with links that keep the filters.
 */
public final class Gegevenslijst {

    private Gegevenslijst() {
    }

    /** One page of a module's stored records by gemeente and period (nulls: no filter), as {@link Lijstvraag} reads it. */
    @FunctionalInterface
    public interface Bron<T> {
        Lijstvraag.Deel<T> lees(String gemeente, LocalDate van, LocalDate tot, long offset, int aantal) throws SQLException;
    }

    /** @throws nl.samenspel.rest.ProblemException 400 naming a bad filter or page parameter */
    public static <T> Pagina<T> pagina(Lijstparameters p, Bron<T> bron) throws SQLException {
        Lijstfilter f = p.filter();
        Pagina.Vraag vraag = p.vraag();
        Lijstvraag.Deel<T> deel = bron.lees(f.gemeente(), f.van(), f.tot(), vraag.offset(), vraag.aantal());
        return p.pagina(deel.totaal(), deel.items());
    }
}
