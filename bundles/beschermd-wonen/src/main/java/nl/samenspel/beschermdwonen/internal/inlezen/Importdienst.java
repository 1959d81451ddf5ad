package nl.samenspel.beschermdwonen.internal.inlezen;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.beschermdwonen.internal.BwConfig;
import nl.samenspel.beschermdwonen.internal.controle.Controle;
import nl.samenspel.beschermdwonen.internal.domein.Aanmelding;
import nl.samenspel.beschermdwonen.internal.domein.Plaatsing;
import nl.samenspel.beschermdwonen.internal.domein.Voorziening;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.beschermdwonen.internal.invoer.Recordlezer;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import nl.samenspel.beschermdwonen.internal.uitwisseling.BwInvoermodule;
import nl.samenspel.beschermdwonen.internal.uitwisseling.Uitwisselvorm;
import nl.samenspel.invoer.Afzending;
import nl.samenspel.invoer.CsvBestand;
import nl.samenspel.invoer.Doorgifte;
import nl.samenspel.invoer.Uitgaand;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Regelfout;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Reads a protected-housing CSV file whole, checks it whole, and stores or refuses it whole; a
 * refused file is kept with its report. BSNs become pseudonyms while reading; without the
 * node's key a file with BSNs is refused.
 */
@Component(service = Importdienst.class, configurationPid = BwConfig.PID)
@Designate(ocd = BwConfig.class)
public class Importdienst {

    private final BwOpslag opslag;
    private final RegisterService registerService;
    private final String regio;
    private final Path afgewezenMap;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Pseudoniemdienst pseudoniemdienst;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Uitgaand uitgaand;

    @Activate
    public Importdienst(@Reference BwOpslag opslag, @Reference RegisterService registerService, BwConfig config) {
        this(opslag, registerService, config.regio(), config.afgewezenMap().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "beschermd-wonen", "afgewezen") : Path.of(config.afgewezenMap()), null);
    }

    public Importdienst(BwOpslag opslag, RegisterService registerService, String regio, Path afgewezenMap, Pseudoniemdienst pseudoniemdienst) {
        this.opslag = opslag;
        this.registerService = registerService;
        this.regio = regio;
        this.afgewezenMap = afgewezenMap;
        this.pseudoniemdienst = pseudoniemdienst;
    }

    public String regio() {
        return regio;
    }

    /** No valid register: the checks cannot run, so nothing is accepted or refused. */
    public static class GeenRegister extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GeenRegister() {
            super("er is geen geldig register geladen");
        }
    }

    /** A file of this installation itself: on a node, a kind it sends also goes into the outbox. */
    public Importresultaat importeer(Bwsoort soort, String bestandsnaam, byte[] inhoud) throws SQLException {
        return importeer(soort, bestandsnaam, inhoud, null);
    }

    /**
     * Serialised: two files checked at once could each pass a capacity check the other breaks.
     *
     * @param afzending a batch a node sent to the hub: every record must be for the sender, and the receipt is written with the records
     */
    public synchronized Importresultaat importeer(Bwsoort soort, String bestandsnaam, byte[] inhoud, Afzending afzending)
            throws SQLException {
        Uitgaand wachtrij = afzending == null && Uitwisselvorm.naarHub(soort) ? this.uitgaand : null;
        String afzender = Doorgifte.afzender(afzending, wachtrij);
        Register register = registerService.actueel().orElseThrow(GeenRegister::new);
        String naam = Importresultaat.veiligeNaam(bestandsnaam);
        List<Regelfout> fouten = new ArrayList<>();
        String tekst = CsvBestand.utf8(inhoud, fouten);
        if (tekst == null) {
            return weiger(soort, naam, inhoud, 0, fouten);
        }
        Pseudoniemdienst sleutel = this.pseudoniemdienst;
        Function<Bsn, String> pseudoniem = sleutel == null ? b -> null : sleutel::pseudoniem;
        List<Gelezen.Regel<Object>> regels = new ArrayList<>();
        boolean[] bsnZonderSleutel = {false};
        CsvBestand.lees(tekst, soort.kolommen(), fouten, (v, kolommen) -> {
            String clientkolom = CsvBestand.clientkolom(kolommen);
            if (CsvBestand.BSN.equals(clientkolom) && sleutel == null) {
                bsnZonderSleutel[0] = true;
                return;
            }
            Object record = switch (soort) {
                case VOORZIENINGEN -> Recordlezer.voorziening(v);
                case AANMELDINGEN -> Recordlezer.aanmelding(v, clientkolom, pseudoniem);
                case PLAATSINGEN -> Recordlezer.plaatsing(v, clientkolom, pseudoniem);
            };
            if (record != null) {
                regels.add(new Gelezen.Regel<>(v.plaats(), record));
            }
        });
        if (bsnZonderSleutel[0]) {
            return weiger(soort, naam, inhoud, 0, List.of(new Regelfout("bestand", "bsn", "dit bestand bevat BSN's, en deze installatie heeft"
                    + " geen pseudoniemsleutel (nl.samenspel.pseudoniem); alleen een knooppunt met de sleutel van de regio leest BSN's in")));
        }
        List<Object> records = controleer(soort, regels, register, fouten);
        if (afzender != null) {
            Doorgifte.alleenVoor(afzender, regels, Uitwisselvorm::gemeente, "herkomstgemeente", fouten);
        }
        if (!fouten.isEmpty()) {
            return weiger(soort, naam, inhoud, regels.size(), fouten);
        }
        long id = opslag.logboek().bewaar(soort.code(), "CSV", naam, records.size(), Doorgifte.metUitwisseling(schrijver(soort, records),
                afzending, wachtrij, BwInvoermodule.NAAM, soort.code(), Uitwisselvorm.kop(soort), records, Uitwisselvorm::regel));
        return new Importresultaat(id, soort.code(), "CSV", naam, true, records.size(), List.of(), null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Object> controleer(Bwsoort soort, List<Gelezen.Regel<Object>> regels, Register register, List<Regelfout> fouten)
            throws SQLException {
        List r = regels;
        return switch (soort) {
            case VOORZIENINGEN -> {
                Controle.voorzieningen(r, register, opslag.plaatsingen(), fouten);
                yield regels.stream().map(Gelezen.Regel::waarde).toList();
            }
            case AANMELDINGEN -> {
                Controle.aanmeldingen(r, register, regio, fouten);
                yield regels.stream().map(Gelezen.Regel::waarde).toList();
            }
            case PLAATSINGEN -> new ArrayList<>(Controle.plaatsingen(r, new Controle.Context(register, regio, opslag.voorzieningen(),
                    opslag.aanmeldingsleutels(), opslag.plaatsingen()), fouten));
        };
    }

    @SuppressWarnings("unchecked")
    private static BwOpslag.Schrijver schrijver(Bwsoort soort, List<Object> records) {
        return switch (soort) {
            case VOORZIENINGEN -> BwOpslag.voorzieningen((List<Voorziening>) (List<?>) records);
            case AANMELDINGEN -> BwOpslag.aanmeldingen((List<Aanmelding>) (List<?>) records);
            case PLAATSINGEN -> BwOpslag.plaatsingen((List<Plaatsing>) (List<?>) records);
        };
    }

    private Importresultaat weiger(Bwsoort soort, String naam, byte[] inhoud, int records, List<Regelfout> fouten) throws SQLException {
        return opslag.logboek().weiger(soort.code(), "CSV", naam, inhoud, records, fouten, afgewezenMap);
    }
}
