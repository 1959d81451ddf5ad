package nl.samenspel.module;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import nl.samenspel.rest.Lijstfilter;
import nl.samenspel.rest.Lijstparameters;
import nl.samenspel.rest.Parameters;
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

    /**
     * Master data of the year asked for ({@code ?jaar=}), as every module's master-data resource
     * filters contracts and budgets; without the parameter all of it.
     *
     * @throws nl.samenspel.rest.ProblemException 400 for a {@code jaar} that is no year
     */
    public static <T> List<T> inJaar(List<T> lijst, ToIntFunction<T> jaarVan, String jaar) {
        Integer j = jaar == null ? null : Parameters.jaar("jaar", jaar);
        return lijst.stream().filter(t -> j == null || jaarVan.applyAsInt(t) == j).toList();
    }
}
