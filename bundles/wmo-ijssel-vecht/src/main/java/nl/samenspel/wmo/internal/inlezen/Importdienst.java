package nl.samenspel.wmo.internal.inlezen;

import java.nio.file.Path;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.module.toewijzing.Opgeslagen;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Privacypoort;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.invoer.Stamgegevensdocument;
import nl.samenspel.invoer.Veldlezer;
import nl.samenspel.invoer.Invoerbestand;
import nl.samenspel.module.Gemeentelijk;
import nl.samenspel.module.Importdienstbasis;
import nl.samenspel.module.Importgang;
import nl.samenspel.module.Moduleimport;
import nl.samenspel.module.Periodewijziging;
import nl.samenspel.module.toewijzing.Stand;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;
import nl.samenspel.wmo.internal.WmoConfig;
import nl.samenspel.wmo.internal.controle.Context;
import nl.samenspel.wmo.internal.controle.Controle;
import nl.samenspel.wmo.internal.controle.Hubstamgegevens;
import nl.samenspel.wmo.internal.controle.Productwijzigingen;
import nl.samenspel.wmo.internal.controle.Stamset;
import nl.samenspel.wmo.internal.domein.Ondersteuning;
import nl.samenspel.wmo.internal.domein.Productperioden;
import nl.samenspel.wmo.internal.domein.Stamgegevens;
import nl.samenspel.wmo.internal.invoer.Recordlezer;
import nl.samenspel.wmo.internal.invoer.Wmosoort;
import nl.samenspel.wmo.internal.opslag.Gedeclareerd;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;
import nl.samenspel.wmo.internal.uitwisseling.Uitwisselvorm;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Reads a Wmo file of one kind, checks it whole, and stores it whole or refuses it whole, as the
 * other modules do: a refused file is logged in {@code WMO.IMPORTLOG} with its report and nothing
 * of it is stored; a node keeps a refused upload for its owner to correct, the hub none. BSNs become
 * pseudonyms while reading, and a birth date only {@code minderjarig}; without a pseudonym key,
 * input that can carry personal data is refused before it is read ({@link Privacypoort}).
 */
@Component(service = Importdienst.class, configurationPid = WmoConfig.PID)
@Designate(ocd = WmoConfig.class)
public class Importdienst extends Importdienstbasis<Wmosoort, WmoOpslag, Hubstamgegevens> {

    /** The module's name in the exchange, in its shell commands and below {@code ${karaf.data}} for refused uploads. */
    public static final String NAAM = "wmo";

    /** The day a change counts from as "the past": the region's own calendar day. */
    private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    /** The region's final runs, at the hub (a node has no equalization). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Vaststellingen vaststellingen;

    @Activate
    public Importdienst(@Reference WmoOpslag opslag, @Reference RegisterService registerService, @Reference Invoerlimieten limieten,
                        WmoConfig config) {
        this(opslag, registerService, config.regio(), Moduleimport.afgewezenMap(config.afgewezenMap(), NAAM), null, limieten);
    }

    public Importdienst(WmoOpslag opslag, RegisterService registerService, String regio, Path afgewezenMap, Pseudoniemdienst pseudoniemdienst,
                        Invoerlimieten limieten) {
        super(NAAM, Wmosoort.class, opslag, registerService, regio, afgewezenMap, pseudoniemdienst, limieten);
    }

    void setVaststellingen(Vaststellingen vaststellingen) {
        this.vaststellingen = vaststellingen;
    }

    @Override
    public Hubstamgegevens stamgegevens() throws SQLException {
        return Hubstamgegevens.van(opslag.aanbieders(), opslag.productperioden(),
                opslag.tarieven().values().stream().flatMap(List::stream).toList(), opslag.contracten());
    }

    @Override
    protected Hubstamgegevens leesStamgegevens(byte[] document) {
        return Hubstamgegevens.lees(document);
    }

    @Override
    protected Importresultaat importeer(Importgang<Wmosoort> gang, Register register) throws SQLException {
        Wmosoort soort = gang.soort();
        byte[] inhoud = gang.inhoud();
        String formaat = Invoerbestand.formaat(inhoud).name();
        Gelezen<?> gelezen = Wmosoort.BESTAND.lees(soort, gang.naam(), inhoud, limieten, soort.lezer(gang.pseudoniem()));
        List<Regelfout> fouten = new ArrayList<>(gelezen.fouten());
        List<Regelfout> wijzigingen = new ArrayList<>();
        Bestaand bestaand = bestaand(soort, gelezen);
        Map<Productsleutel, Periodewijziging> periodewijzigingen = Map.of();
        if (!gelezen.regels().isEmpty()) {
            // the records that could be read are checked too, so one report names every bad line
            Context eigen = Context.van(register, regio(), stamset(bestaand.perioden), bestaand.standen, bestaand.gedeclareerd, definitief());
            periodewijzigingen = controleer(soort, gelezen, eigen, bestaand, fouten, wijzigingen);
            Hubstamgegevens hub = hubStamgegevens();
            if (hub != null && soort.naarHub()) {
                // what only the hub would refuse is named as such, so the file is refused here, before anything is queued
                List<Regelfout> volgensHub = new ArrayList<>();
                controleer(soort, gelezen, eigen.met(hub.stamset()), bestaand, volgensHub, new ArrayList<>());
                Stamgegevensdocument.volgensHub(fouten, volgensHub);
            }
            gang.alleenVoorAfzender(gelezen.regels(), Gemeentelijk::van, "gemeente", fouten);
        }
        if (!fouten.isEmpty()) {
            return gang.weiger(formaat, gelezen.regels().size(), fouten);
        }
        List<Object> records = gelezen.regels().stream().map(r -> (Object) r.waarde()).toList();
        return gang.bewaar(formaat, records, wijzigingen, schrijver(soort, records, bestaand, periodewijzigingen), Uitwisselvorm.kop(soort),
                Uitwisselvorm::regel);
    }

    /** What is stored that a file of this kind is checked against and written over; read once per file. */
    private record Bestaand(Productperioden perioden, Map<Toewijzingsleutel, Stand> standen,
                            Map<Toewijzingsleutel, Opgeslagen<Ondersteuning.Toewijzing>> toewijzingen, Gedeclareerd gedeclareerd,
                            Map<String, Ondersteuning.Gebruik> gebruik, java.util.Set<String> deelnemers) {
    }

    @SuppressWarnings("unchecked")
    private Bestaand bestaand(Wmosoort soort, Gelezen<?> gelezen) throws SQLException {
        List<Toewijzingsleutel> sleutels = switch (soort) {
            case TOEWIJZINGEN -> ((Gelezen<Ondersteuning.Toewijzing>) gelezen).regels().stream().map(r -> r.waarde().sleutel()).toList();
            case DECLARATIES -> ((Gelezen<Ondersteuning.Declaratieregel>) gelezen).regels().stream().map(r -> r.waarde().sleutel()).toList();
            default -> List.of();
        };
        boolean levering = soort == Wmosoort.START_ZORG || soort == Wmosoort.STOP_ZORG || soort == Wmosoort.DECLARATIES;
        List<java.time.YearMonth> maanden = switch (soort) {
            case GEBRUIK -> ((Gelezen<Ondersteuning.Gebruik>) gelezen).regels().stream().map(r -> r.waarde().maand()).toList();
            case DEELNEMERS -> ((Gelezen<Ondersteuning.Deelnemer>) gelezen).regels().stream().map(r -> r.waarde().maand()).toList();
            default -> List.of();
        };
        return new Bestaand(opslag.productperioden(), levering ? opslag.standen() : Map.of(),
                sleutels.isEmpty() ? Map.of() : opslag.opgeslagen(sleutels),
                soort == Wmosoort.DECLARATIES ? opslag.gedeclareerd(sleutels) : Gedeclareerd.NIETS,
                maanden.isEmpty() ? Map.of() : opslag.gebruik(maanden),
                soort == Wmosoort.DEELNEMERS ? opslag.deelnemers(maanden) : java.util.Set.of());
    }

    private Stamset stamset(Productperioden perioden) throws SQLException {
        return Stamset.van(opslag.aanbieders(), perioden, opslag.tarieven().values().stream().flatMap(List::stream).toList(), opslag.contracten());
    }

    /** The region's final equalization runs, none where no run is final or known (a node). */
    public List<Vaststellingen.Vastgesteld> definitief() {
        Vaststellingen bron = vaststellingen;
        return bron == null ? List.of() : bron.van(regio());
    }

    /** The checks of the kind; a product file's accepted period changes are returned for the writer. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<Productsleutel, Periodewijziging> controleer(Wmosoort soort, Gelezen<?> gelezen, Context c, Bestaand b,
                                                                                List<Regelfout> fouten, List<Regelfout> wijzigingen) {
        List regels = gelezen.regels();
        LocalDate vandaag = LocalDate.now(TIJDZONE);
        switch (soort) {
            case AANBIEDERS -> Controle.aanbieders(regels, fouten);
            case PRODUCTEN -> {
                return Productwijzigingen.controleer(regels, c, vandaag, fouten, wijzigingen);
            }
            case TARIEVEN -> Controle.tarieven(regels, c, fouten);
            case CONTRACTEN -> Controle.contracten(regels, c, vandaag, fouten, wijzigingen);
            case BUDGETTEN -> Controle.budgetten(regels, c, fouten);
            case TOEWIJZINGEN -> Controle.toewijzingen(regels, c, b.toewijzingen, fouten);
            case START_ZORG -> Controle.starts(regels, c, fouten);
            case STOP_ZORG -> Controle.stops(regels, c, fouten);
            case DECLARATIES -> Controle.declaraties(regels, c, b.toewijzingen, fouten);
            case GEBRUIK -> Controle.gebruik(regels, c, b.gebruik, fouten);
            case DEELNEMERS -> Controle.deelnemers(regels, c, b.deelnemers, b.gebruik, fouten);
            default -> throw new IllegalStateException(soort.code());
        }
        return Map.of();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static WmoOpslag.Schrijver schrijver(Wmosoort soort, List records, Bestaand b,
                                                 Map<Productsleutel, Periodewijziging> periodewijzigingen) {
        return switch (soort) {
            case AANBIEDERS -> WmoOpslag.aanbieders(records);
            case PRODUCTEN -> WmoOpslag.producten(records, b.perioden, periodewijzigingen);
            case TARIEVEN -> WmoOpslag.tarieven(records);
            case CONTRACTEN -> WmoOpslag.contracten(records);
            case BUDGETTEN -> WmoOpslag.budgetten(records);
            case TOEWIJZINGEN -> WmoOpslag.toewijzingen(records, b.toewijzingen.keySet());
            case START_ZORG -> WmoOpslag.starts(records);
            case STOP_ZORG -> WmoOpslag.stops(records);
            case DECLARATIES -> WmoOpslag.declaraties(records, b.toewijzingen);
            case GEBRUIK -> WmoOpslag.gebruik(records, b.gebruik.keySet());
            case DEELNEMERS -> WmoOpslag.deelnemers(records, b.deelnemers);
        };
    }

}
