package nl.samenspel.jeugdhulp.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;
import nl.samenspel.module.toewijzing.Opgeslagen;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.invoer.Afzending;
import nl.samenspel.invoer.CsvBestand;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Uitgaand;
import nl.samenspel.jeugdhulp.internal.Testomgeving;
import nl.samenspel.jeugdhulp.internal.controle.Hubstamgegevens;
import nl.samenspel.jeugdhulp.internal.domein.Zorg;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import nl.samenspel.jeugdhulp.internal.uitwisseling.JeugdhulpInvoermodule;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.samenspel.testsupport.Testsleutel;

/**
 * The module's side of the exchange: on a node an accepted file of a kind it sends is queued in
 * the outbox on the import's own connection, only for the node's own gemeente; at the hub the
 * exchange form reads back into the same records, and the receipt is written with them.
 */
class UitwisselingTest {


    @TempDir
    Path map;

    private JeugdhulpDemo demo;
    private JeugdhulpOpslag node;
    private Importdienst knooppunt;
    private final Wachtrij wachtrij = new Wachtrij("0193");

    /**
     * An outbox that keeps what it is given, and can read it back as the batch the hub receives; it
     * fails when told to, as a full disk would. A record: its gemeente is the outbox's.
     */
    record Wachtrij(String gemeente, List<List<String>> koppen, List<List<String>> regels, AtomicBoolean faal) implements Uitgaand {

        Wachtrij(String gemeente) {
            this(gemeente, new ArrayList<>(), new ArrayList<>(), new AtomicBoolean());
        }

        @Override
        public void bewaar(Connection c, String module, String soort, long importId, List<String> kop, List<List<String>> regels)
                throws SQLException {
            if (faal.get()) {
                throw new SQLException("uitgaand vol");
            }
            assertThat(c.getAutoCommit()).as("in the import's transaction").isFalse();
            assertThat(module).isEqualTo("jeugdhulp");
            koppen.add(kop);
            this.regels.addAll(regels);
        }

        /** The first file's heading and every queued line, in the exchange form. */
        byte[] batch() {
            StringBuilder batch = new StringBuilder(CsvBestand.regel(koppen.get(0))).append('\n');
            regels.forEach(v -> batch.append(CsvBestand.regel(v)).append('\n'));
            return batch.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void laad() throws Exception {
        demo = JeugdhulpDemo.genereer(3, 60);
        node = Testomgeving.opslag();
        knooppunt = Demolader.knooppunt(demo, node, map);
        knooppunt.setUitgaand(wachtrij);
    }

    /** Allocations in CSV, read by the node. */
    private Importresultaat toewijzingen(String csv) throws Exception {
        return knooppunt.importeer(Importsoort.TOEWIJZINGEN, "toewijzingen.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private String regel(String gemeente, long nummer) {
        var t = demo.toewijzingen().stream().filter(x -> "04".equals(x.eenheid()) && x.ingangsdatum().getYear() == 2016).findFirst().orElseThrow();
        return gemeente + ";" + nummer + ";111222333;" + t.agb() + ";" + t.categorie() + ";" + t.productcode()
                + ";2016-03-01;2016-08-31;3;04;2;;2016-01-15;huisarts\n";
    }

    @Test
    void anAcceptedFileIsQueuedPseudonymisedAndReadsBackAtTheHub() throws Exception {
        String csv = Testomgeving.TOEWIJZINGEN_CSV_KOP + regel("0193", 1) + regel("0193", 2);
        Importresultaat r = toewijzingen(csv);
        assertThat(r.geaccepteerd()).isTrue();
        assertThat(wachtrij.regels()).hasSize(2);
        String pseudoniem = Testsleutel.pseudoniem("111222333");
        assertThat(wachtrij.koppen().get(0)).contains("client").doesNotContain("bsn");
        assertThat(wachtrij.regels()).allSatisfy(v -> assertThat(v).contains(pseudoniem).doesNotContain("111222333"));

        // the hub reads the exchange form with the module's own import, without a key, and stores the same allocations
        JeugdhulpOpslag hubOpslag = Testomgeving.opslag();
        Importdienst hub = Demolader.hub(demo, hubOpslag, map);
        List<Integer> ontvangen = new ArrayList<>();
        Importresultaat opHub = hub.importeer(Importsoort.TOEWIJZINGEN, "batch.csv", wachtrij.batch(),
                new Afzending("0193", (c, importId, records) -> ontvangen.add(records)));
        assertThat(opHub.geaccepteerd()).as(opHub.rapport()).isTrue();
        assertThat(ontvangen).containsExactly(2);
        assertThat(hubOpslag.toewijzingenInJaar(2016)).isEqualTo(node.toewijzingenInJaar(2016));
    }

    /** A change the node accepted as a wijziging reaches the hub as one: the hub accepts it too, and holds what the node holds. */
    @Test
    void aChangeTravelsWithItsWijziging() throws Exception {
        JeugdhulpOpslag hubOpslag = Testomgeving.opslag();
        Importdienst hub = Demolader.hub(demo, hubOpslag, map);
        String eerst = regel("0193", 1);
        String verlengd = eerst.replace(";2016-08-31;", ";2016-10-31;").replace("\n", ";einde\n");
        for (String csv : List.of(Testomgeving.TOEWIJZINGEN_CSV_KOP + eerst, Testomgeving.TOEWIJZINGEN_CSV_KOP.replace("\n", ";wijziging\n") + verlengd)) {
            wachtrij.koppen().clear();
            wachtrij.regels().clear();
            assertThat(toewijzingen(csv).geaccepteerd()).isTrue();
            Importresultaat opHub = hub.importeer(Importsoort.TOEWIJZINGEN, "batch.csv", wachtrij.batch(),
                    new Afzending("0193", (c, importId, records) -> { }));
            assertThat(opHub.geaccepteerd()).as(opHub.rapport()).isTrue();
        }
        assertThat(wachtrij.regels()).singleElement().satisfies(v -> assertThat(v).contains("einde"));
        assertThat(hubOpslag.toewijzingenInJaar(2016)).isEqualTo(node.toewijzingenInJaar(2016))
                .singleElement().satisfies(o -> assertThat(o.toewijzing().einde()).hasToString("2016-10-31"));
    }

    @Test
    void aNodeDeliversOnlyForItsOwnGemeente() throws Exception {
        String csv = Testomgeving.TOEWIJZINGEN_CSV_KOP + regel("0193", 1) + regel("0150", 2);
        Importresultaat r = toewijzingen(csv);
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.fouten()).anySatisfy(f -> {
            assertThat(f.plaats()).isEqualTo("regel 3");
            assertThat(f.veld()).isEqualTo("gemeente");
            assertThat(f.melding()).contains("0150 hoort niet bij dit knooppunt");
        });
        assertThat(wachtrij.regels()).isEmpty();
        assertThat(node.toewijzingenInJaar(2016)).isEmpty();
    }

    @Test
    void theHubRefusesAnotherGemeentesRecordsFromASender() throws Exception {
        JeugdhulpOpslag hubOpslag = Testomgeving.opslag();
        Importdienst hub = Demolader.hub(demo, hubOpslag, map);
        String batch = Testomgeving.TOEWIJZINGEN_CSV_KOP.replace("bsn", "client") + regel("0193", 1).replace("111222333", "ab".repeat(32));
        List<Integer> ontvangen = new ArrayList<>();
        Importresultaat r = hub.importeer(Importsoort.TOEWIJZINGEN, "batch.csv", batch.getBytes(StandardCharsets.UTF_8),
                new Afzending("0150", (c, importId, records) -> ontvangen.add(records)));
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.fouten()).extracting(f -> f.plaats() + ", " + f.veld()).containsExactly("regel 2, gemeente");
        assertThat(ontvangen).isEmpty();
        assertThat(hubOpslag.toewijzingenInJaar(2016)).isEmpty();
    }

    @Test
    void aFailingOutboxLeavesNothingStored() {
        wachtrij.faal().set(true);
        String csv = Testomgeving.TOEWIJZINGEN_CSV_KOP + regel("0193", 1);
        assertThatThrownBy(() -> toewijzingen(csv))
                .isInstanceOf(SQLException.class).hasMessageContaining("uitgaand vol");
        assertThat(catchToewijzingen()).isEmpty();
    }

    @Test
    void theHubsOwnKindsAreReadButNotQueued() throws Exception {
        Importresultaat r = knooppunt.importeer(Importsoort.AANBIEDERS, "aanbieders.csv",
                java.nio.file.Files.readAllBytes(map.resolve("csv/aanbieders.csv")));
        assertThat(r.geaccepteerd()).isTrue();
        assertThat(r.records()).isPositive();
        assertThat(wachtrij.koppen()).isEmpty();
    }

    @Test
    void aNodeRefusesAFileTheHubsMasterDataWouldRefuseAndNamesTheCode() throws Exception {
        var t = demo.toewijzingen().stream().filter(x -> "04".equals(x.eenheid()) && x.ingangsdatum().getYear() == 2016).findFirst().orElseThrow();
        Hubstamgegevens eigen = knooppunt.stamgegevens();
        // the hub's master data has everything the node's has, except the product of this file
        Hubstamgegevens zonderProduct = new Hubstamgegevens(Hubstamgegevens.VERSIE, eigen.aanbieders(),
                eigen.producten().stream().filter(p -> !p.code().equals(t.productcode())).toList(),
                eigen.tarieven().stream().filter(p -> !p.code().equals(t.productcode())).toList(), eigen.contracten(),
                eigen.productperioden().stream().filter(p -> !p.code().equals(t.productcode())).toList());
        JeugdhulpInvoermodule module = new JeugdhulpInvoermodule(knooppunt);
        module.hubStamgegevens(zonderProduct.document());

        String csv = Testomgeving.TOEWIJZINGEN_CSV_KOP + regel("0193", 1);
        Importresultaat r = toewijzingen(csv);
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.fouten()).singleElement().satisfies(f -> {
            assertThat(f.plaats() + ", " + f.veld()).isEqualTo("regel 2, productcode");
            assertThat(f.melding()).contains("onbekend product " + t.categorie() + "/" + t.productcode())
                    .contains("volgens de stamgegevens van de hub");
        });
        assertThat(wachtrij.regels()).as("nothing queued that the hub would refuse").isEmpty();
        assertThat(node.toewijzingenInJaar(2016)).isEmpty();

        // once the hub knows the product, the same file passes
        module.hubStamgegevens(eigen.document());
        assertThat(toewijzingen(csv).geaccepteerd()).isTrue();
        assertThat(wachtrij.regels()).hasSize(1);
    }

    @Test
    void theMasterDataDocumentReadsBackWholeAndAnUnknownVersionIsRefused() throws Exception {
        Hubstamgegevens eigen = knooppunt.stamgegevens();
        assertThat(eigen.producten()).isNotEmpty();
        assertThat(eigen.tarieven()).isNotEmpty();
        assertThat(Hubstamgegevens.lees(eigen.document())).isEqualTo(eigen);
        byte[] later = new String(eigen.document(), StandardCharsets.UTF_8).replace("\"versie\":1", "\"versie\":2")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Hubstamgegevens.lees(later)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("versie 2");
        assertThatThrownBy(() -> Hubstamgegevens.lees("{\"versie\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("onleesbaar");
    }

    @Test
    void theHubIgnoresMasterDataItWasHanded() throws Exception {
        // the hub has no outbox: its checks stay its own, whatever it was handed
        JeugdhulpOpslag hubOpslag = Testomgeving.opslag();
        Importdienst hub = Demolader.hub(demo, hubOpslag, map);
        hub.hubStamgegevens(new Hubstamgegevens(Hubstamgegevens.VERSIE, List.of(), List.of(), List.of(), List.of(), List.of()));
        String batch = Testomgeving.TOEWIJZINGEN_CSV_KOP.replace("bsn", "client") + regel("0193", 1).replace("111222333", "ab".repeat(32));
        Importresultaat r = hub.importeer(Importsoort.TOEWIJZINGEN, "batch.csv", batch.getBytes(StandardCharsets.UTF_8),
                new Afzending("0193", (c, importId, records) -> { }));
        assertThat(r.geaccepteerd()).as(r.rapport()).isTrue();
    }

    private List<Opgeslagen<Zorg.Toewijzing>> catchToewijzingen() {
        try {
            return node.toewijzingenInJaar(2016);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
