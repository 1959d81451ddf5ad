package nl.samenspel.module;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.samenspel.invoer.Afzending;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Invoermodule;

/**
 * A module's files for the exchange, from its typed import: a node's inbox and the hub's receipt
 * read them through it. A module registers a subclass as its {@link Invoermodule} service.
 *
 * @param <S> the module's enum of kinds
 */
public class Soortinvoermodule<S extends Enum<S> & Invoersoort> implements Invoermodule {

    private final Moduleimport<S> dienst;

    /** The module's name and kinds are its import's. */
    public Soortinvoermodule(Moduleimport<S> dienst) {
        this.dienst = dienst;
    }

    @Override
    public String naam() {
        return dienst.naam();
    }

    @Override
    public String regio() {
        return dienst.regio();
    }

    @Override
    public List<String> soorten() {
        return Invoersoort.codes(dienst.soorten());
    }

    @Override
    public boolean naarHub(String soort) {
        return soort(soort).naarHub();
    }

    @Override
    public Optional<Path> afgewezenMap() {
        return dienst.afgewezenMap();
    }

    @Override
    public Optional<byte[]> stamgegevens() throws SQLException {
        return dienst.stamgegevensdocument();
    }

    @Override
    public void hubStamgegevens(byte[] document) {
        dienst.hubStamgegevensdocument(document);
    }

    @Override
    public Importresultaat importeer(String soort, String bestandsnaam, byte[] inhoud, Afzending afzending) throws SQLException {
        return dienst.importeer(soort(soort), bestandsnaam, inhoud, afzending);
    }

    @Override
    public Importresultaat importeerEigen(String soort, String bestandsnaam, byte[] inhoud) throws SQLException {
        return dienst.importeer(soort(soort), bestandsnaam, inhoud);
    }

    /** @throws IllegalArgumentException naming the known kinds */
    public S soort(String code) {
        return Invoersoort.vanCode(dienst.soorten(), code).orElseThrow(() -> new IllegalArgumentException(naam() + " kent geen soort '" + code
                + "'; bekend: " + String.join(", ", soorten())));
    }
}
