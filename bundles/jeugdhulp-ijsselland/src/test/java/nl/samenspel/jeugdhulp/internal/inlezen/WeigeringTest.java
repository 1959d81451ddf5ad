package nl.samenspel.jeugdhulp.internal.inlezen;

import nl.samenspel.invoer.Importresultaat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.jeugdhulp.internal.Testomgeving;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import nl.samenspel.jeugdhulp.internal.opslag.Tariefkortingen;
import nl.samenspel.module.Productsleutel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file with bad records is refused whole: nothing stored, every bad line and field named, the file kept with its report. */
class WeigeringTest {


    @TempDir
    Path map;

    private JeugdhulpOpslag opslag;
    private Importdienst dienst;
    private JeugdhulpDemo demo;

    @BeforeEach
    void laad() throws Exception {
        demo = JeugdhulpDemo.genereer(3, 60);
        opslag = Testomgeving.opslag();
        dienst = Demolader.knooppunt(demo, opslag, map);
    }

    /** A line that the generator's data makes valid, for gemeente Zwolle. */
    private String goed(long nummer, String bsn) {
        var t = demo.toewijzingen().stream().filter(x -> "04".equals(x.eenheid()) && x.ingangsdatum().getYear() == 2016).findFirst().orElseThrow();
        return "0193;" + nummer + ";" + bsn + ";" + t.agb() + ";" + t.categorie() + ";" + t.productcode() + ";2016-03-01;2016-08-31;3;04;2;;2016-01-15;huisarts\n";
    }

    @Test
    void oneBadRecordRefusesTheWholeFileAndEveryErrorIsNamed() throws Exception {
        String csv = Testomgeving.TOEWIJZINGEN_CSV_KOP + goed(1, "111222333") + goed(2, "111222333")
                + "0193;3;123456789;1234567;43;43A01;2016-05-01;2016-04-01;3;04;2;12.50;;schoolarts\n" // bad BSN, AGB, date order, budget, referrer
                + "0244;4;111222333;98010000;43;43A01;2016-05-01;2016-06-01;1;14;1;;;\n" // Hattem: not a member of IJsselland
                + goed(5, "111222333");
        Importresultaat r = dienst.importeer(Importsoort.TOEWIJZINGEN, "toewijzingen-april.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.fouten()).extracting(Regelfout::plaats).contains("regel 4", "regel 5").doesNotContain("regel 2", "regel 3", "regel 6");
        assertThat(r.fouten()).filteredOn(f -> f.plaats().equals("regel 4")).extracting(Regelfout::veld)
                .contains("bsn", "agb", "einddatum", "budget", "verwijzer");
        assertThat(r.fouten()).anySatisfy(f -> {
            assertThat(f.plaats()).isEqualTo("regel 5");
            assertThat(f.melding()).contains("0244").contains("geen lid van jeugdhulp-ijsselland");
        });
        // nothing of it is stored, the file and its report are kept, and no BSN appears in the report
        assertThat(opslag.toewijzingenInJaar(2016)).isEmpty();
        Path kopie = Path.of(r.bewaardAls());
        assertThat(Files.readString(kopie)).isEqualTo(csv);
        String rapport = Files.readString(Path.of(r.bewaardAls() + ".rapport.txt"));
        assertThat(rapport).contains("Geweigerd").contains("regel 4, bsn: geen geldig BSN").doesNotContain("123456789").doesNotContain("111222333");
        assertThat(opslag.logboek().importregel(r.importId()).orElseThrow().rapport()).isEqualTo(rapport);

        // the same file without the bad lines is accepted whole
        String goedBestand = Testomgeving.TOEWIJZINGEN_CSV_KOP + goed(1, "111222333") + goed(2, "111222333") + goed(5, "111222333");
        assertThat(dienst.importeer(Importsoort.TOEWIJZINGEN, "toewijzingen-april.csv", goedBestand.getBytes(StandardCharsets.UTF_8)).records()).isEqualTo(3);
        assertThat(opslag.toewijzingenInJaar(2016)).hasSize(3);
    }

    @Test
    void aHubWithoutKeyRefusesBsnsButTakesPseudonyms() throws Exception {
        Importdienst hub = Testomgeving.hub(opslag, map.resolve("afgewezen"));
        Importresultaat r = hub.importeer(Importsoort.TOEWIJZINGEN, "t.csv", (Testomgeving.TOEWIJZINGEN_CSV_KOP + goed(1, "111222333")).getBytes(StandardCharsets.UTF_8));
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.fouten()).singleElement().satisfies(f -> assertThat(f.melding()).contains("geen pseudoniemsleutel"));
        String pseudoniem = "ab".repeat(32);
        String metPseudoniem = (Testomgeving.TOEWIJZINGEN_CSV_KOP + goed(1, pseudoniem)).replace(";bsn;", ";client;");
        assertThat(hub.importeer(Importsoort.TOEWIJZINGEN, "t.csv", metPseudoniem.getBytes(StandardCharsets.UTF_8)).geaccepteerd()).isTrue();
        assertThat(opslag.toewijzingenInJaar(2016)).singleElement().satisfies(o -> assertThat(o.toewijzing().client()).isEqualTo(pseudoniem));
    }

    @Test
    void aBadHeaderIsNamedAndNoLineIsRead() throws Exception {
        String csv = "gemeente;toewijzingnr;bsn;client;agb\n0193;1;111222333;;98010000\n";
        Importresultaat r = dienst.importeer(Importsoort.TOEWIJZINGEN, "t.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.fouten()).extracting(Regelfout::plaats).containsOnly("kopregel");
        // an unknown header name is named by its position (a file without a header has data there), with what it may have meant
        assertThat(r.fouten()).extracting(Regelfout::veld).contains("toewijzingnummer", "kolom 2", "bsn/client", "categorie");
        assertThat(r.fouten()).filteredOn(f -> f.veld().equals("kolom 2")).singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("bedoeld: toewijzingnummer?"));
    }

    @Test
    void declarationsForUnknownAllocationsAndDuplicatesAreRefused() throws Exception {
        Demolader.laadZorgCsv(dienst, map.resolve("csv"));
        byte[] declaraties = Files.readAllBytes(map.resolve("csv").resolve("declaraties.csv"));
        Importresultaat nogEens = dienst.importeer(Importsoort.DECLARATIES, "declaraties.csv", declaraties);
        assertThat(nogEens.geaccepteerd()).isFalse();
        assertThat(nogEens.fouten()).isNotEmpty().allSatisfy(f -> assertThat(f.melding()).contains("is al ingelezen"));
        String onbekend = "gemeente;toewijzingnummer;declaratienummer;begindatum;einddatum;bedrag;debetcredit\n0193;999999;DN1;2016-01-01;2016-01-31;100;D\n";
        assertThat(dienst.importeer(Importsoort.DECLARATIES, "d.csv", onbekend.getBytes(StandardCharsets.UTF_8)).fouten())
                .singleElement().satisfies(f -> assertThat(f.melding()).contains("geen toewijzing met dit nummer van gemeente 0193").doesNotContain("999999"));
    }

    @Test
    void aTariffCutKeepsHistoryAndIsRefusedTwice() throws Exception {
        var tarieven = opslag.tarieven();
        var product = demo.producten().stream().filter(p -> "provinciaal".equals(p.kortingsgroep())).findFirst().orElseThrow();
        var reeks = tarieven.get(new Productsleutel(product.categorie(), product.code()));
        // base 2014, cut 2015, cut 2016: three tariffs, each closed the day before the next
        assertThat(reeks).hasSize(3);
        assertThat(reeks.get(0).einde()).isEqualTo(java.time.LocalDate.of(2014, 12, 31));
        assertThat(reeks.get(2).einde()).isNull();
        assertThat(reeks.get(2).tarief()).isEqualTo(demo.tariefOp(product.categorie(), product.code(), java.time.LocalDate.of(2016, 6, 1)));
        Tariefkortingen kortingen = new Tariefkortingen(opslag);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kortingen.pasToe(2016, "provinciaal", "5", nl.samenspel.jeugdhulp.internal.controle.Definitief.GEEN))
                .isInstanceOf(nl.samenspel.module.tarief.Kortingsplan.Geweigerd.class)
                .satisfies(e -> assertThat(((nl.samenspel.module.tarief.Kortingsplan.Geweigerd) e).fouten()).singleElement()
                        .satisfies(f -> assertThat(f.melding()).contains("al toegepast")));
        // a cut for 2015 now would replace later tariffs: refused, nothing changed
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kortingen.pasToe(2015, "ggz", "3", nl.samenspel.jeugdhulp.internal.controle.Definitief.GEEN))
                .isInstanceOf(nl.samenspel.module.tarief.Kortingsplan.Geweigerd.class);
        assertThat(opslag.tarieven()).isEqualTo(tarieven);
    }

    @Test
    void aChangedAllocationMustStillContainItsStartOfCare() throws Exception {
        Demolader.laadZorgCsv(dienst, map.resolve("csv"));
        var gestart = demo.toewijzingen().stream().filter(t -> t.startZorg() != null && t.startZorg().isAfter(t.ingangsdatum())).findFirst().orElseThrow();
        String kop = "gemeente;toewijzingnummer;bsn;agb;categorie;productcode;ingangsdatum;einddatum;volume;eenheid;frequentie;budget\n";
        String regel = gestart.gemeente() + ";" + gestart.toewijzingnummer() + ";" + gestart.bsn() + ";" + gestart.agb() + ";" + gestart.categorie()
                + ";" + gestart.productcode() + ";" + gestart.startZorg().plusDays(1) + ";" + gestart.einddatum() + ";"
                + (gestart.volume() == null ? "" : gestart.volume()) + ";" + (gestart.eenheid() == null ? "" : gestart.eenheid()) + ";"
                + (gestart.frequentie() == null ? "" : gestart.frequentie()) + ";" + (gestart.budget() == null ? "" : gestart.budget()) + "\n";
        Importresultaat r = dienst.importeer(Importsoort.TOEWIJZINGEN, "wijziging.csv", (kop + regel).getBytes(StandardCharsets.UTF_8));
        assertThat(r.fouten()).anySatisfy(f -> assertThat(f.melding()).contains("is op " + gestart.startZorg() + " gestart"));
    }
}
