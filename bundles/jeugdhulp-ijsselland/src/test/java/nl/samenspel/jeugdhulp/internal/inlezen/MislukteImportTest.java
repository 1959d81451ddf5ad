package nl.samenspel.jeugdhulp.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import nl.samenspel.api.gezondheid.Meting;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.invoer.Importlogboek;
import nl.samenspel.jeugdhulp.internal.Testomgeving;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import nl.samenspel.jeugdhulp.internal.opslag.Tariefkortingen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.samenspel.testsupport.Testsleutel;

/**
 * Issue 13, the phantom import: a node's disk ran full, the commit of a 30,000-record import failed,
 * and its import log said "geaccepteerd, 30000 records" while nothing was stored. Here the commit
 * fails as Derby's does on a read-only database: the log says {@code mislukt} with the SQLState,
 * nothing is stored, and the same file is accepted once the database takes writes again.
 */
class MislukteImportTest {


    @TempDir
    Path map;

    private final AtomicBoolean commitFaalt = new AtomicBoolean();
    private JeugdhulpOpslag opslag;
    private Importdienst dienst;
    private String bestand;

    @BeforeEach
    void laad() throws Exception {
        JeugdhulpDemo demo = JeugdhulpDemo.genereer(3, 60);
        demo.schrijfCsv(map.resolve("csv"), null);
        opslag = Testomgeving.opslag(this::metFalendeCommit);
        Pseudoniemdienst sleutel = Testsleutel.DIENST;
        dienst = new Importdienst(opslag, Testomgeving.registerService(), Testomgeving.REGIO, map.resolve("afgewezen"), sleutel);
        Demolader.laadStamgegevens(dienst, new Tariefkortingen(opslag), demo, map.resolve("csv"));
        bestand = java.nio.file.Files.readString(map.resolve("csv").resolve("toewijzingen.csv"));
    }

    @Test
    void aFailedCommitLeavesMisluktWithTheCauseAndNothingStored() throws Exception {
        int voor = opslag.toewijzingenInJaar(2016).size();
        commitFaalt.set(true);
        assertThatThrownBy(() -> dienst.importeer(Importsoort.TOEWIJZINGEN, "toewijzingen.csv", bestand.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SQLException.class);

        Importlogboek.Logregel regel = opslag.logboek().imports(1).get(0);
        assertThat(regel.status()).isEqualTo("mislukt");
        assertThat(regel.geaccepteerd()).isFalse();
        assertThat(opslag.logboek().importregel(regel.id()).orElseThrow().rapport()).contains("SQLState 25502")
                .contains("niets van dit bestand is opgeslagen");
        assertThat(opslag.toewijzingenInJaar(2016)).hasSize(voor);
        assertThat(teller("mislukt")).isEqualTo(1.0);

        commitFaalt.set(false);
        var r = dienst.importeer(Importsoort.TOEWIJZINGEN, "toewijzingen.csv", bestand.getBytes(StandardCharsets.UTF_8));
        assertThat(r.geaccepteerd()).isTrue();
        assertThat(opslag.logboek().importregel(r.importId()).orElseThrow().status()).isEqualTo("geaccepteerd");
        assertThat(opslag.toewijzingenInJaar(2016)).hasSizeGreaterThan(voor);
        assertThat(teller("bezig")).isZero();
    }

    @Test
    void anImportCutOffWhileItsRowSaysBezigIsMarkedMisluktAtTheNextStart() throws Exception {
        commitFaalt.set(true);
        // the database refuses even the row that would say mislukt: it stays bezig
        AtomicBoolean allesFaalt = new AtomicBoolean();
        JeugdhulpOpslag kapot = Testomgeving.opslag(ds -> falend(ds, allesFaalt));
        Importdienst d = new Importdienst(kapot, Testomgeving.registerService(), Testomgeving.REGIO, map.resolve("afgewezen"),
                Testsleutel.DIENST);
        JeugdhulpDemo demo = JeugdhulpDemo.genereer(3, 60);
        Demolader.laadStamgegevens(d, new Tariefkortingen(kapot), demo, map.resolve("csv"));
        allesFaalt.set(true);
        assertThatThrownBy(() -> d.importeer(Importsoort.TOEWIJZINGEN, "toewijzingen.csv", bestand.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SQLException.class);
        allesFaalt.set(false);
        assertThat(kapot.logboek().imports(1).get(0).status()).isEqualTo("bezig");

        assertThat(kapot.logboek().sluitOnderbroken()).isEqualTo(1);
        Importlogboek.Logregel regel = kapot.logboek().imports(1).get(0);
        assertThat(regel.status()).isEqualTo("mislukt");
        assertThat(kapot.logboek().importregel(regel.id()).orElseThrow().rapport()).contains("onderbroken");
    }

    private double teller(String uitkomst) {
        return opslag.logboek().metingen("jeugdhulp").stream().filter(m -> uitkomst.equals(m.labels().get("uitkomst")))
                .mapToDouble(Meting::waarde).findFirst().orElseThrow();
    }

    private DataSource metFalendeCommit(DataSource echt) {
        return omhul(echt, (m, a) -> commitFaalt.get() && m.getName().equals("commit"));
    }

    /** After the log row is written, every commit and every later statement fails: a database that turned read-only mid-import. */
    private static DataSource falend(DataSource echt, AtomicBoolean allesFaalt) {
        return omhul(echt, (m, a) -> allesFaalt.get() && (m.getName().equals("commit")
                || m.getName().equals("prepareStatement") && a != null && String.valueOf(a[0]).startsWith("UPDATE")));
    }

    private interface Faalt {
        boolean bij(Method m, Object[] a);
    }

    private static DataSource omhul(DataSource echt, Faalt faalt) {
        return (DataSource) Proxy.newProxyInstance(MislukteImportTest.class.getClassLoader(), new Class<?>[]{DataSource.class}, (p, m, a) -> {
            Object uit = roep(echt, m, a);
            if (!m.getName().equals("getConnection")) {
                return uit;
            }
            Connection c = (Connection) uit;
            return Proxy.newProxyInstance(MislukteImportTest.class.getClassLoader(), new Class<?>[]{Connection.class}, (pc, mc, ac) -> {
                if (faalt.bij(mc, ac)) {
                    throw new SQLException("An SQL data change is not permitted for a read-only database.", "25502");
                }
                return roep(c, mc, ac);
            });
        });
    }

    private static Object roep(Object doel, Method m, Object[] a) throws Throwable {
        try {
            return m.invoke(doel, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
