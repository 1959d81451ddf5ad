package nl.samenspel.jeugdhulp.internal.uitwisseling;

import java.sql.SQLException;
import java.util.List;
import nl.samenspel.invoer.Afzending;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Invoermodule;
import nl.samenspel.jeugdhulp.internal.controle.Hubstamgegevens;
import nl.samenspel.jeugdhulp.internal.inlezen.Importdienst;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Youth care's files for the exchange: a node's inbox and the hub's receipt read them through the module's import. */
@Component(service = Invoermodule.class)
public class JeugdhulpInvoermodule implements Invoermodule {

    public static final String NAAM = "jeugdhulp";

    private final Importdienst importdienst;

    @Activate
    public JeugdhulpInvoermodule(@Reference Importdienst importdienst) {
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
        return Importsoort.codes();
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

    private static Importsoort soort(String code) {
        return Importsoort.vanCode(code).orElseThrow(() -> new IllegalArgumentException("jeugdhulp kent geen soort '" + code
                + "'; bekend: " + String.join(", ", Importsoort.codes())));
    }
}
