package nl.samenspel.verevening.internal.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.samenspel.store.Lijstvraag;
import java.util.Set;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.store.Database;
import nl.samenspel.verevening.engine.Veldfout;
import nl.samenspel.verevening.engine.VereveningsEngine;
import nl.samenspel.verevening.engine.VereveningsFout;
import nl.samenspel.verevening.engine.Vereveningsinvoer;
import nl.samenspel.verevening.engine.Vereveningsresultaat;
import nl.samenspel.verevening.internal.model.ModelJson;
import nl.samenspel.verevening.internal.model.Modelbestanden;
import nl.samenspel.verevening.internal.model.Modelregels;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import nl.samenspel.api.verevening.OnvolledigeBron;
import nl.samenspel.api.verevening.Vereveningsbron;

/**
 * Runs the equalization: resolves the model (inline or the region's model file),
 * completes the inputs from the register, computes, and stores the run with
 * everything it used. Invalid input is refused as a whole with every field
 * ({@link VereveningsFout}); nothing is stored then.
 */
@Component(service = Vereveningsdienst.class)
public class Vereveningsdienst {

    private final RegisterService registerService;
    private final Runopslag opslag;
    private final Invoerlimieten limieten;

    /** The domain modules that give a region's inputs; a run without members' inputs asks the one of its region. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Vereveningsbron> bronnen = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Activate
    public Vereveningsdienst(@Reference Database database, @Reference RegisterService registerService, @Reference Invoerlimieten limieten,
                             BundleContext context) {
        this(registerService, gemigreerd(database, context), limieten);
    }

    Vereveningsdienst(RegisterService registerService, Runopslag opslag, Invoerlimieten limieten) {
        this.registerService = registerService;
        this.opslag = opslag;
        this.limieten = limieten;
    }

    /** With the default bounds on input, for the tests. */
    Vereveningsdienst(RegisterService registerService, Runopslag opslag) {
        this(registerService, opslag, Invoerlimieten.standaard());
    }

    Vereveningsdienst(RegisterService registerService, Runopslag opslag, List<Vereveningsbron> bronnen) {
        this(registerService, opslag);
        this.bronnen = bronnen;
    }

    /** The bounds a model file or request is read within; the shell reads its model file with them too. */
    public Invoerlimieten limieten() {
        return limieten;
    }

    /** The inputs the request gives, or else those of the region's module. */
    private List<Run.Invoer> leden(Verzoek verzoek) {
        if (!verzoek.leden().isEmpty()) {
            return verzoek.leden();
        }
        Vereveningsbron bron = bronnen.stream().filter(b -> b.regio().equals(verzoek.regio())).findFirst().orElseThrow(() ->
                new VereveningsFout(List.of(new Veldfout("leden", "geen leden gegeven, en geen geïnstalleerde module levert de invoer van "
                        + verzoek.regio() + "; geef per lid {gemeente, budget, kosten, sleutels}"))));
        try {
            return bron.gegevens(verzoek.jaar()).stream()
                    .map(g -> new Run.Invoer(g.gemeente(), g.budget().eurocent(), g.kosten().eurocent(), g.sleutels())).toList();
        } catch (OnvolledigeBron e) {
            throw new VereveningsFout(e.redenen().stream().map(r -> new Veldfout("leden", r)).toList());
        }
    }

    private static Runopslag gemigreerd(Database database, BundleContext context) {
        database.migreer(context.getBundle(), Runopslag.SCHEMA, "db/verevening");
        return new Runopslag(database.dataSource());
    }

    /**
     * One model: a run. Several: a comparison of runs on the same inputs (see {@link #vergelijk}).
     * The actor is stored as the run's creator, who may later not make it final ({@link VierOgen}).
     */
    public Run bereken(Verzoek verzoek, String actor) throws SQLException {
        return bewaar(verzoek, actor).runs().get(0);
    }

    /** Every run of the comparison gets the actor as its creator, since each can be made final on its own. */
    public Vergelijking vergelijk(Verzoek verzoek, String actor) throws SQLException {
        if (verzoek.modellen().size() < 2) {
            throw new VereveningsFout(List.of(new Veldfout("modellen", "een vergelijking heeft minstens twee modellen")));
        }
        Runopslag.Bewaard bewaard = bewaar(verzoek, actor);
        return Vergelijking.van(bewaard.vergelijking(), bewaard.runs());
    }

    private Runopslag.Bewaard bewaar(Verzoek verzoek, String actor) throws SQLException {
        // a new run without a creator could later be made final by its own maker
        Objects.requireNonNull(actor, "actor");
        Register register = register();
        if (register.regio(verzoek.regio()).isEmpty()) {
            throw new VereveningsFout(List.of(new Veldfout("regio", "onbekende regio '" + verzoek.regio() + "'")));
        }
        List<ModelJson.Benoemd> modellen = modellen(register, verzoek);
        List<Run> runs = new ArrayList<>();
        List<Run.Invoer> invoer = null;
        List<Run.Invoer> gegeven = leden(verzoek);
        for (ModelJson.Benoemd model : modellen) {
            List<Run.Invoer> compleet = Invoerbouwer.bouw(register, verzoek.regio(), verzoek.jaar(), model.model(), gegeven);
            // every model's keys are added to one set of inputs, so the comparison shows one input per member
            invoer = invoer == null ? compleet : samengevoegd(invoer, compleet);
            runs.add(reken(register, verzoek.regio(), verzoek.jaar(), model, compleet));
        }
        return opslag.bewaar(runs, invoer, actor);
    }

    private static List<Run.Invoer> samengevoegd(List<Run.Invoer> a, List<Run.Invoer> b) {
        List<Run.Invoer> uit = new ArrayList<>();
        for (Run.Invoer i : a) {
            Run.Invoer j = b.stream().filter(x -> x.gemeente().equals(i.gemeente())).findFirst().orElseThrow();
            java.util.Map<String, Long> sleutels = new java.util.LinkedHashMap<>(i.sleutels());
            sleutels.putAll(j.sleutels());
            uit.add(new Run.Invoer(i.gemeente(), i.budget(), i.kosten(), sleutels));
        }
        return uit;
    }

    private static Run reken(Register register, String regio, int jaar, ModelJson.Benoemd model, List<Run.Invoer> invoer) {
        Vereveningsresultaat resultaat = VereveningsEngine.bereken(model.model(),
                new Vereveningsinvoer(regio, jaar, Invoerbouwer.voorEngine(invoer)));
        return Weergave.van(resultaat, ModelJson.schrijf(model), register.versie(),
                code -> register.gemeente(code).map(Gemeente::naam).orElse(code));
    }

    private List<ModelJson.Benoemd> modellen(Register register, Verzoek verzoek) {
        Set<String> sleutels = Invoerbouwer.bekendeSleutels(register);
        List<ModelJson.Benoemd> modellen = new ArrayList<>();
        List<Veldfout> fouten = new ArrayList<>();
        for (int i = 0; i < verzoek.modellen().size(); i++) {
            JsonNode node = verzoek.modellen().get(i);
            if (node == null) {
                Path config = Path.of(registerService.status().bron());
                modellen.add(Modelbestanden.lees(config, verzoek.regio(), verzoek.jaar(), sleutels, limieten));
                continue;
            }
            String prefix = verzoek.modellen().size() == 1 ? "model." : "modellen[" + i + "].";
            ModelJson.lees(node, sleutels, Modelregels.invoer(limieten), modellen).forEach(f -> fouten.add(new Veldfout(prefix + f.veld(), f.melding())));
        }
        if (!fouten.isEmpty()) {
            throw new VereveningsFout(fouten);
        }
        return modellen;
    }

    /**
     * One page of the stored runs, newest first; of a region and year when given.
     *
     * @throws VereveningsFout when the region is not in the register
     */
    public Lijstvraag.Deel<Runregel> runs(String regio, Integer jaar, long offset, int aantal) throws SQLException {
        if (regio != null && register().regio(regio).isEmpty()) {
            throw new VereveningsFout(List.of(new Veldfout("regio", "onbekende regio " + regio)));
        }
        return opslag.lijst(regio, jaar, offset, aantal);
    }

    public Optional<Run> run(long id) throws SQLException {
        return opslag.lees(id).map(Runopslag.Opgeslagen::run);
    }

    public Optional<Afrekening> afrekening(long id, String gemeente) throws SQLException {
        return run(id).flatMap(run -> run.leden().stream().filter(l -> l.gemeente().equals(gemeente)).findFirst()
                .map(lid -> Afrekening.van(run, lid)));
    }

    /**
     * Makes a run final: its statements become what the members settle and what the exchange
     * delivers. One final run per region and year; asking again for the same run is harmless.
     * Refused with {@link VierOgen.Geweigerd} when the actor made the run, and with
     * {@link AlDefinitief} when another run of the region and year is final.
     */
    public Optional<Vaststelling> maakDefinitief(long id, String actor) throws SQLException {
        Objects.requireNonNull(actor, "actor");
        Optional<Run> run = run(id);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        // Only a new final state is checked: asking again for a run that is final already changes
        // nothing and answers as before, and another run being final is refused below as before.
        if (opslag.definitief(run.get().regio(), run.get().jaar()).isEmpty()) {
            VierOgen.controleer(run.get(), actor);
        }
        Vaststelling vaststelling = opslag.maakDefinitief(run.get(), actor);
        if (vaststelling.run() != id) {
            throw new AlDefinitief(id, vaststelling);
        }
        return Optional.of(vaststelling);
    }

    public Optional<Vaststelling> definitief(long id) throws SQLException {
        return opslag.vaststellingen().stream().filter(v -> v.run() == id).findFirst();
    }

    List<Vaststelling> vaststellingen() throws SQLException {
        return opslag.vaststellingen();
    }

    /** Whether computing again from the stored model and inputs gives exactly the stored result. */
    public Optional<Herberekening> herbereken(long id) throws SQLException {
        Optional<Runopslag.Opgeslagen> opgeslagen = opslag.lees(id);
        if (opgeslagen.isEmpty()) {
            return Optional.empty();
        }
        Run run = opgeslagen.get().run();
        List<ModelJson.Benoemd> model = new ArrayList<>();
        // the stored model was checked when the run was made; its own keys are the known ones now
        List<Veldfout> fouten = ModelJson.lees(run.model(), sleutelsVan(run.model()), Modelregels.opgeslagen(), model);
        if (!fouten.isEmpty()) {
            throw new IllegalStateException("opgeslagen model van run " + id + " is onleesbaar: " + fouten);
        }
        Vereveningsresultaat opnieuw = VereveningsEngine.bereken(model.get(0).model(),
                new Vereveningsinvoer(run.regio(), run.jaar(), Invoerbouwer.voorEngine(opgeslagen.get().invoer())));
        Run herberekend = Weergave.van(opnieuw, run.model(), run.registerVersie(), code -> run.leden().stream()
                .filter(l -> l.gemeente().equals(code)).findFirst().map(Run.Lid::naam).orElse(code));
        boolean gelijk = herberekend.leden().equals(run.leden()) && herberekend.pool().equals(run.pool())
                && herberekend.sleuteltotalen().equals(run.sleuteltotalen());
        return Optional.of(new Herberekening(id, gelijk, herberekend.controle()));
    }

    /** The outcome of recomputing a stored run. */
    public record Herberekening(long run, boolean gelijk, Run.Controle controle) {
    }

    private static Set<String> sleutelsVan(JsonNode model) {
        Set<String> sleutels = new java.util.TreeSet<>();
        model.path("gewichten").fieldNames().forEachRemaining(sleutels::add);
        return sleutels;
    }

    public Optional<Vergelijking> vergelijking(long id) throws SQLException {
        List<Long> ids = opslag.vergelijking(id);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<Run> runs = new ArrayList<>();
        for (long runId : ids) {
            runs.add(run(runId).orElseThrow());
        }
        return Optional.of(Vergelijking.van(id, runs));
    }

    public Register register() {
        return registerService.actueel().orElseThrow(() -> new VereveningsFout(List.of(new Veldfout("register",
                "er is geen geldig register geladen; zie GET /api/v1/register"))));
    }
}
