package nl.samenspel.beschermdwonen.internal.uitwisseling;

import java.sql.SQLException;
import java.util.List;
import nl.samenspel.invoer.Afzending;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Invoermodule;
import nl.samenspel.beschermdwonen.internal.controle.Hubstamgegevens;
import nl.samenspel.beschermdwonen.internal.inlezen.Importdienst;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Protected housing's files for the exchange: a node's inbox and the hub's receipt read them through the module's import. */
@Component(service = Invoermodule.class)
public class BwInvoermodule implements Invoermodule {

    public static final String NAAM = "beschermd-wonen";

    private final Importdienst importdienst;

    @Activate
    public BwInvoermodule(@Reference Importdienst importdienst) {
        this.importdienst = importdienst;
    }

    @Override
    public String naam() {
        return NAAM;
    }

    @Override
    public String regio() {
        return importdienst.regio();
    }

    @Override
    public List<String> soorten() {
        return Bwsoort.codes();
    }

    @Override
    public boolean naarHub(String soort) {
        return Uitwisselvorm.naarHub(soort(soort));
    }

    @Override
    public java.util.Optional<java.nio.file.Path> afgewezenMap() {
        return importdienst.afgewezenMap();
    }

    @Override
    public java.util.Optional<byte[]> stamgegevens() throws SQLException {
        return java.util.Optional.of(importdienst.stamgegevens().document());
    }

    @Override
    public void hubStamgegevens(byte[] document) {
        importdienst.hubStamgegevens(Hubstamgegevens.lees(document));
    }

    @Override
    public Importresultaat importeer(String soort, String bestandsnaam, byte[] inhoud, Afzending afzending) throws SQLException {
        return importdienst.importeer(soort(soort), bestandsnaam, inhoud, afzending);
    }

    private static Bwsoort soort(String code) {
        return Bwsoort.vanCode(code).orElseThrow(() -> new IllegalArgumentException("beschermd wonen kent geen soort '" + code
                + "'; bekend: " + String.join(", ", Bwsoort.codes())));
    }
}
