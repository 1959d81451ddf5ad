package nl.samenspel.beschermdwonen.internal.inlezen;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.beschermdwonen.internal.BwConfig;
import nl.samenspel.beschermdwonen.internal.controle.Capaciteitswijzigingen;
import nl.samenspel.beschermdwonen.internal.controle.Controle;
import nl.samenspel.beschermdwonen.internal.controle.Hubstamgegevens;
import nl.samenspel.invoer.Stamgegevensdocument;
import nl.samenspel.beschermdwonen.internal.domein.Aanmelding;
import nl.samenspel.beschermdwonen.internal.domein.Plaatsing;
import nl.samenspel.beschermdwonen.internal.domein.Voorziening;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.beschermdwonen.internal.invoer.Recordlezer;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import nl.samenspel.beschermdwonen.internal.uitwisseling.Uitwisselvorm;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.module.Importdienstbasis;
import nl.samenspel.module.Importgang;
import nl.samenspel.module.Moduleimport;
import nl.samenspel.invoer.Privacypoort;
import nl.samenspel.invoer.CsvBestand;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Regelfout;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Reads a protected-housing CSV file whole, checks it whole, and stores or refuses it whole. A
 * node keeps a refused upload with its report for its owner to correct; the hub keeps none, and
 * a file of the exchange is kept by the exchange. BSNs become pseudonyms while reading; without
 * the node's key a file that can carry personal data is refused before it is read ({@link Privacypoort}).
 */
@Component(service = Importdienst.class, configurationPid = BwConfig.PID)
@Designate(ocd = BwConfig.class)
public class Importdienst extends Importdienstbasis<Bwsoort, BwOpslag, Hubstamgegevens> {

    /** The module's name in the exchange, in its shell commands and below {@code ${karaf.data}} for refused uploads. */
    public static final String NAAM = "beschermd-wonen";

    /** The day from which a change is "the past": the region's own calendar day. */
    private static final java.time.ZoneId TIJDZONE = java.time.ZoneId.of("Europe/Amsterdam");

    @Activate
    public Importdienst(@Reference BwOpslag opslag, @Reference RegisterService registerService, @Reference Invoerlimieten limieten,
                        BwConfig config) {
        this(opslag, registerService, config.regio(), Moduleimport.afgewezenMap(config.afgewezenMap(), NAAM), null, limieten);
    }

    public Importdienst(BwOpslag opslag, RegisterService registerService, String regio, Path afgewezenMap, Pseudoniemdienst pseudoniemdienst,
                        Invoerlimieten limieten) {
        super(NAAM, Bwsoort.class, opslag, registerService, regio, afgewezenMap, pseudoniemdienst, limieten);
    }

    @Override
    protected Importresultaat importeer(Importgang<Bwsoort> gang, Register register) throws SQLException {
        Bwsoort soort = gang.soort();
        byte[] inhoud = gang.inhoud();
        List<Regelfout> fouten = new ArrayList<>();
        if (Privacypoort.vorm(inhoud) != Privacypoort.Vorm.CSV) {
            fouten.add(new Regelfout("bestand", "", "beschermd wonen leest alleen CSV-bestanden (docs/beschermd-wonen.md)"));
            return gang.weiger("CSV", 0, fouten);
        }
        String tekst = CsvBestand.utf8(inhoud, fouten);
        if (tekst == null) {
            return gang.weiger("CSV", 0, fouten);
        }
        Function<Bsn, String> pseudoniem = gang.pseudoniem();
        List<Gelezen.Regel<Object>> regels = new ArrayList<>();
        CsvBestand.lees(tekst, soort.kolommen(), limieten, fouten, (v, kolommen) -> {
            Object record = soort.lezer().lees(v, CsvBestand.clientkolom(kolommen), pseudoniem);
            if (record != null) {
                regels.add(new Gelezen.Regel<>(v.plaats(), record));
            }
        });
        List<Regelfout> wijzigingen = new ArrayList<>();
        List<Object> records = controleer(soort, regels, register, fouten, wijzigingen);
        gang.alleenVoorAfzender(regels, Uitwisselvorm::gemeente, "herkomstgemeente", fouten);
        if (!fouten.isEmpty()) {
            return gang.weiger("CSV", regels.size(), fouten);
        }
        return gang.bewaar("CSV", records, wijzigingen, schrijver(soort, records), Uitwisselvorm.kop(soort), Uitwisselvorm::regel);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Object> controleer(Bwsoort soort, List<Gelezen.Regel<Object>> regels, Register register, List<Regelfout> fouten,
                                    List<Regelfout> wijzigingen) throws SQLException {
        List r = regels;
        return switch (soort) {
            case VOORZIENINGEN -> {
                List<Gelezen.Regel<Voorziening>> voorzieningen = regels.stream()
                        .map(g -> new Gelezen.Regel<>(g.plaats(), ((Voorziening.Regel) g.waarde()).voorziening())).toList();
                Controle.voorzieningen((List) voorzieningen, register, opslag.plaatsingen(), fouten);
                Capaciteitswijzigingen.controleer(r, opslag.voorzieningen(), LocalDate.now(TIJDZONE), fouten, wijzigingen);
                yield voorzieningen.stream().map(g -> (Object) g.waarde()).toList();
            }
            case AANMELDINGEN -> {
                Controle.aanmeldingen(r, register, regio(), opslag.aanmeldingen(), fouten);
                yield regels.stream().map(Gelezen.Regel::waarde).toList();
            }
            case PLAATSINGEN -> {
                Controle.Context eigen = new Controle.Context(register, regio(), opslag.voorzieningen(), opslag.aanmeldingsleutels(),
                        opslag.plaatsingen());
                List<Object> aangevuld = new ArrayList<>(Controle.plaatsingen(r, eigen, fouten));
                // on a node that knows the hub's facilities, once more against them: refused here what the hub would refuse
                Hubstamgegevens hub = hubStamgegevens();
                if (hub != null) {
                    List<Regelfout> volgensHub = new ArrayList<>();
                    Controle.plaatsingen(r, hub.toegepastOp(eigen), volgensHub);
                    Stamgegevensdocument.volgensHub(fouten, volgensHub);
                }
                yield aangevuld;
            }
        };
    }

    /** This installation's facilities as the hub publishes them to its nodes. */
    @Override
    public Hubstamgegevens stamgegevens() throws SQLException {
        return new Hubstamgegevens(Hubstamgegevens.VERSIE, opslag.voorzieningen());
    }

    @Override
    protected Hubstamgegevens leesStamgegevens(byte[] document) {
        return Hubstamgegevens.lees(document);
    }

    @SuppressWarnings("unchecked")
    private static BwOpslag.Schrijver schrijver(Bwsoort soort, List<Object> records) {
        return switch (soort) {
            case VOORZIENINGEN -> BwOpslag.voorzieningen((List<Voorziening>) (List<?>) records);
            case AANMELDINGEN -> BwOpslag.aanmeldingen((List<Aanmelding>) (List<?>) records);
            case PLAATSINGEN -> BwOpslag.plaatsingen((List<Plaatsing>) (List<?>) records);
        };
    }

}
