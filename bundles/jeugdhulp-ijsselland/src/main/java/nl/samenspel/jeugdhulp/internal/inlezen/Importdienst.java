package nl.samenspel.jeugdhulp.internal.inlezen;

import java.nio.file.Path;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.module.toewijzing.Opgeslagen;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.jeugdhulp.internal.JeugdhulpConfig;
import nl.samenspel.jeugdhulp.internal.controle.Context;
import nl.samenspel.jeugdhulp.internal.controle.Controle;
import nl.samenspel.jeugdhulp.internal.controle.Definitief;
import nl.samenspel.jeugdhulp.internal.controle.Hubstamgegevens;
import nl.samenspel.jeugdhulp.internal.controle.Productwijzigingen;
import nl.samenspel.jeugdhulp.internal.domein.Productperioden;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.jeugdhulp.internal.controle.Waarschuwingen;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Invoerbestand;
import nl.samenspel.invoer.Istandaardbericht;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;
import nl.samenspel.invoer.Privacypoort;
import nl.samenspel.invoer.Stamgegevensdocument;
import nl.samenspel.jeugdhulp.internal.uitwisseling.Uitwisselvorm;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import nl.samenspel.jeugdhulp.internal.invoer.Recordlezer;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.invoer.Veldlezer;
import nl.samenspel.jeugdhulp.internal.domein.Zorg;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import nl.samenspel.module.Gemeentelijk;
import nl.samenspel.module.Importdienstbasis;
import nl.samenspel.module.Importgang;
import nl.samenspel.module.Moduleimport;
import nl.samenspel.module.Periodewijziging;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a file of one kind, checks it whole, and stores it whole or refuses it whole. A refused
 * file is logged in {@code JEUGDHULP.IMPORTLOG} with its report; nothing of it is stored. A node
 * keeps a refused upload in the refused-files folder for its owner to correct; the hub keeps
 * none, and a file of the exchange is kept by the exchange (a node's {@code fout/}). BSNs are
 * replaced by the pseudonym while reading; without a pseudonym key any input that can carry
 * personal data is refused before it is read ({@link Privacypoort}).
 */
@Component(service = Importdienst.class, configurationPid = JeugdhulpConfig.PID)
@Designate(ocd = JeugdhulpConfig.class)
public class Importdienst extends Importdienstbasis<Importsoort, JeugdhulpOpslag, Hubstamgegevens> {

    /** The module's name in the exchange, in its shell commands and below {@code ${karaf.data}} for refused uploads. */
    public static final String NAAM = "jeugdhulp";

    private static final Logger LOG = LoggerFactory.getLogger(Importdienst.class);

    /** The region's final runs, at the hub (a node has no equalization): a product change may not alter their figures. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Vaststellingen vaststellingen;

    @Activate
    public Importdienst(@Reference JeugdhulpOpslag opslag, @Reference RegisterService registerService, @Reference Invoerlimieten limieten,
                        JeugdhulpConfig config) {
        this(opslag, registerService, config.regio(), Moduleimport.afgewezenMap(config.afgewezenMap(), NAAM), null, limieten);
        // the StAX implementation decides much of the iJw reading speed (docs/performance.md); say which one this is
        LOG.info("iJw-berichten worden gelezen met StAX-implementatie {}", Istandaardbericht.parser());
    }

    public Importdienst(JeugdhulpOpslag opslag, RegisterService registerService, String regio, Path afgewezenMap,
                        Pseudoniemdienst pseudoniemdienst, Invoerlimieten limieten) {
        super(NAAM, Importsoort.class, opslag, registerService, regio, afgewezenMap, pseudoniemdienst, limieten);
    }

    void setVaststellingen(Vaststellingen vaststellingen) {
        this.vaststellingen = vaststellingen;
    }

    @Override
    protected Importresultaat importeer(Importgang<Importsoort> gang, Register register) throws SQLException {
        Importsoort soort = gang.soort();
        byte[] inhoud = gang.inhoud();
        Invoerbestand.Formaat formaat = Invoerbestand.formaat(inhoud);
        List<Regelfout> fouten = new ArrayList<>();
        Gelezen<?> gelezen = Importsoort.BESTAND.lees(soort, gang.naam(), inhoud, limieten, soort.lezer(gang.pseudoniem()));
        fouten.addAll(gelezen.fouten());
        // read once: the checks compare with the stored allocations, the writer needs their numbers
        Map<Toewijzingsleutel, Opgeslagen<Zorg.Toewijzing>> bestaand = soort == Importsoort.TOEWIJZINGEN
                ? opslag.opgeslagen(gelezen.regels().stream().map(r -> ((Zorg.Toewijzing) r.waarde()).sleutel()).toList())
                : Map.of();
        // a product file is checked against, and written over, the stored periods as they are now
        Productperioden perioden = soort == Importsoort.PRODUCTEN ? opslag.productperioden() : null;
        List<Regelfout> wijzigingen = new ArrayList<>();
        Map<Productsleutel, Periodewijziging> periodewijzigingen = Map.of();
        if (!gelezen.regels().isEmpty()) {
            // the records that could be read are checked too, so one report names every bad line
            if (soort == Importsoort.PRODUCTEN) {
                periodewijzigingen = controleerProducten(gelezen, perioden, fouten, wijzigingen);
            } else if (soort == Importsoort.CONTRACTEN) {
                controleerContracten(gelezen, register, fouten, wijzigingen);
            } else {
                controleer(soort, gelezen, register, bestaand, fouten);
            }
            gang.alleenVoorAfzender(gelezen.regels(), Gemeentelijk::van, "gemeente", fouten);
        }
        if (!fouten.isEmpty()) {
            return gang.weiger(formaat.name(), gelezen.regels().size(), fouten);
        }
        List<Object> records = gelezen.regels().stream().map(r -> (Object) r.waarde()).toList();
        List<Regelfout> waarschuwingen = new ArrayList<>(waarschuwingen(soort, gelezen));
        waarschuwingen.addAll(wijzigingen);
        return gang.bewaar(formaat.name(), records, waarschuwingen, schrijver(soort, records, bestaand.keySet(), perioden, periodewijzigingen),
                Uitwisselvorm.kop(soort), Uitwisselvorm::regel);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Regelfout> waarschuwingen(Importsoort soort, Gelezen<?> gelezen) {
        return soort == Importsoort.TOEWIJZINGEN ? Waarschuwingen.toewijzingen((List) gelezen.regels())
                : List.of();
    }

    /** A product file against the stored periods and the region's final runs (Productwijzigingen); the accepted changes are reported. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<Productsleutel, Periodewijziging> controleerProducten(Gelezen<?> gelezen, Productperioden perioden,
                                                                                  List<Regelfout> fouten, List<Regelfout> wijzigingen)
            throws SQLException {
        return Productwijzigingen.controleer((List) gelezen.regels(), perioden, definitief(),
                LocalDate.now(TIJDZONE), fouten, wijzigingen);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void controleerContracten(Gelezen<?> gelezen, Register register, List<Regelfout> fouten, List<Regelfout> wijzigingen)
            throws SQLException {
        Map<String, Long> opgeslagen = new java.util.HashMap<>();
        opslag.contracten().forEach(k -> opgeslagen.put(k.agb() + "/" + k.jaar(), k.plafond()));
        Controle.contracten((List) gelezen.regels(), opslag.context(register, regio(), false, false), opgeslagen, definitieveRuns(), LocalDate.now(TIJDZONE), fouten, wijzigingen);
    }

    /** The region's final equalization runs, none where no run is final or known (a node). */
    private List<Vaststellingen.Vastgesteld> definitieveRuns() {
        Vaststellingen bron = vaststellingen;
        return bron == null ? List.of() : bron.van(regio());
    }

    /** The region's final equalization runs and what their years use: a change that would alter their figures is refused. */
    public Definitief definitief() throws SQLException {
        List<Vaststellingen.Vastgesteld> runs = definitieveRuns();
        Map<Integer, Set<Productsleutel>> inGebruik = new java.util.HashMap<>();
        for (Vaststellingen.Vastgesteld run : runs) {
            inGebruik.put(run.jaar(), opslag.productenInGebruik(run.jaar()));
        }
        return new Definitief(runs, inGebruik);
    }

    /** The day a change counts from as "the past": the region's own calendar day. */
    private static final java.time.ZoneId TIJDZONE = java.time.ZoneId.of("Europe/Amsterdam");

    /**
     * The module's checks against this installation's master data; for a kind a node sends, once
     * the hub's master data is known, against the hub's too: what only the hub would refuse is
     * named as such, so the file is refused here, before anything is queued.
     */
    private void controleer(Importsoort soort, Gelezen<?> gelezen, Register register, Map<Toewijzingsleutel, Opgeslagen<Zorg.Toewijzing>> bestaand,
                            List<Regelfout> fouten) throws SQLException {
        Context eigen = opslag.context(register, regio(), soort == Importsoort.START_ZORG || soort == Importsoort.STOP_ZORG
                || soort == Importsoort.DECLARATIES, soort == Importsoort.DECLARATIES);
        // which products the final years use is a query per final year: only a tariff file needs it, not every batch
        controleer(soort, gelezen, eigen, bestaand, soort == Importsoort.TARIEVEN ? definitief() : Definitief.GEEN, fouten);
        Hubstamgegevens hub = hubStamgegevens();
        if (hub != null && soort.naarHub()) {
            List<Regelfout> volgensHub = new ArrayList<>();
            controleer(soort, gelezen, hub.toegepastOp(eigen), bestaand, Definitief.GEEN, volgensHub);
            Stamgegevensdocument.volgensHub(fouten, volgensHub);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void controleer(Importsoort soort, Gelezen<?> gelezen, Context context, Map<Toewijzingsleutel, Opgeslagen<Zorg.Toewijzing>> bestaand,
                                   Definitief definitief, List<Regelfout> fouten) {
        List regels = gelezen.regels();
        switch (soort) {
            case AANBIEDERS -> Controle.aanbieders(regels, fouten);
            case PRODUCTEN -> throw new IllegalStateException("producten: controleerProducten");
            case TARIEVEN -> Controle.tarieven(regels, context, definitief, fouten);
            case CONTRACTEN -> throw new IllegalStateException("contracten: controleerContracten");
            case BUDGETTEN -> Controle.budgetten(regels, context, fouten);
            case TOEWIJZINGEN -> Controle.toewijzingen(regels, context, bestaand, fouten);
            case START_ZORG -> Controle.starts(regels, context, fouten);
            case STOP_ZORG -> Controle.stops(regels, context, fouten);
            case DECLARATIES -> Controle.declaraties(regels, context, fouten);
            default -> throw new IllegalStateException(soort.code());
        }
    }

    @Override
    public Hubstamgegevens stamgegevens() throws SQLException {
        Productperioden perioden = opslag.productperioden();
        return new Hubstamgegevens(Hubstamgegevens.VERSIE, opslag.aanbieders(), new ArrayList<>(perioden.producten().values()),
                opslag.tarieven().values().stream().flatMap(List::stream).toList(), opslag.contracten(), perioden.allePerioden());
    }

    @Override
    protected Hubstamgegevens leesStamgegevens(byte[] document) {
        return Hubstamgegevens.lees(document);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JeugdhulpOpslag.Schrijver schrijver(Importsoort soort, List records, Set<Toewijzingsleutel> bestaand,
                                                       Productperioden perioden,
                                                       Map<Productsleutel, Periodewijziging> periodewijzigingen) {
        return switch (soort) {
            case AANBIEDERS -> JeugdhulpOpslag.aanbieders(records);
            case PRODUCTEN -> JeugdhulpOpslag.producten(records, perioden, periodewijzigingen);
            case TARIEVEN -> JeugdhulpOpslag.tarieven(records, "import");
            case CONTRACTEN -> JeugdhulpOpslag.contracten(records);
            case BUDGETTEN -> JeugdhulpOpslag.budgetten(records);
            case TOEWIJZINGEN -> JeugdhulpOpslag.toewijzingen(records, bestaand);
            case START_ZORG -> JeugdhulpOpslag.starts(records);
            case STOP_ZORG -> JeugdhulpOpslag.stops(records);
            case DECLARATIES -> JeugdhulpOpslag.declaraties(records);
        };
    }

}
