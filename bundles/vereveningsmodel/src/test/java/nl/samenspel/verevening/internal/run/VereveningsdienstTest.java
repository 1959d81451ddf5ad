package nl.samenspel.verevening.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.api.verevening.OnvolledigeBron;
import nl.samenspel.api.verevening.Vereveningsbron;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.verevening.engine.VereveningsFout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run pipeline outside OSGi: register, model, engine, storage on in-memory Derby. */
class VereveningsdienstTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String ANNA = "anna";
    private static final String BERT = "bert";
    private Testdienst test;
    private Vereveningsdienst dienst;

    @BeforeEach
    void opzetten() throws Exception {
        test = Testdienst.nieuw();
        dienst = test.dienst;
    }

    /** A module's figures for region "r": what a domain module registers as its Vereveningsbron. */
    private static Vereveningsbron bron(java.util.function.IntFunction<List<Vereveningsgegevens>> gegevens) {
        return new Vereveningsbron() {
            @Override
            public String regio() {
                return "r";
            }

            @Override
            public List<Vereveningsgegevens> gegevens(int jaar) {
                return gegevens.apply(jaar);
            }
        };
    }

    @Test
    void withoutMembersTheInputsComeFromTheRegionsModule() throws Exception {
        Vereveningsbron bron = bron(jaar -> List.of(
                new Vereveningsgegevens("0148", Bedrag.eurocent(1_000_003), Bedrag.eurocent(1_100_007), java.util.Map.of("clienten", 12L)),
                new Vereveningsgegevens("0150", Bedrag.eurocent(4_000_001), Bedrag.eurocent(3_899_993), java.util.Map.of("clienten", 30L))));
        Vereveningsdienst metModule = test.metBronnen(List.of(bron));
        Run run = metModule.bereken(new Verzoek("r", 2016, List.of(model(
                "{\"familie\":\"band\",\"band\":0,\"gewichten\":{\"clienten\":1}}")), List.of()), ANNA);
        assertThat(run.leden()).extracting(Run.Lid::kosten).containsExactly(1_100_007L, 3_899_993L);
        assertThat(run.leden()).extracting(l -> l.sleutels().get("clienten")).containsExactly(12L, 30L);
        assertThat(run.controle().somVerevening()).isZero();

        VereveningsFout geenModule = catchThrowableOfType(() -> dienst.bereken(new Verzoek("r", 2016, List.of(model(
                "{\"familie\":\"band\",\"band\":0,\"gewichten\":{\"budget\":1}}")), List.of()), ANNA), VereveningsFout.class);
        assertThat(geenModule.getMessage()).contains("geen geïnstalleerde module");
        Vereveningsdienst onvolledig = test.metBronnen(List.of(bron(jaar -> {
            throw new OnvolledigeBron(List.of("geen jeugdhulpbudget 2016 van Dalfsen (0148)"));
        })));
        VereveningsFout gat = catchThrowableOfType(() -> onvolledig.bereken(new Verzoek("r", 2016, List.of(model(
                "{\"familie\":\"band\",\"band\":0,\"gewichten\":{\"budget\":1}}")), List.of()), ANNA), VereveningsFout.class);
        assertThat(gat.getMessage()).contains("Dalfsen");
    }

    private static JsonNode model(String json) throws Exception {
        return JSON.readTree(json);
    }

    private static final List<Run.Invoer> LEDEN = List.of(new Run.Invoer("0148", 1_000_003, 1_100_007, java.util.Map.of()),
            new Run.Invoer("0150", 4_000_001, 3_899_993, java.util.Map.of()));

    @Test
    void aRunIsStoredWithEverythingItUsedAndRecomputesExactly() throws Exception {
        Run run = dienst.bereken(new Verzoek("r", 2016, List.of(model(
                "{\"naam\":\"solidair\",\"familie\":\"kostenverdeling\",\"solidariteit\":1,\"gewichten\":{\"inwoners\":1}}")), LEDEN), ANNA);
        assertThat(run.id()).isPositive();
        assertThat(run.controle().somToerekening()).isEqualTo(1_100_007 + 3_899_993);
        assertThat(run.controle().somVerevening()).isZero();
        assertThat(run.leden()).extracting(Run.Lid::naam).containsExactly("Dalfsen", "Deventer");

        Run gelezen = dienst.run(run.id()).orElseThrow();
        assertThat(gelezen).isEqualTo(run);
        assertThat(dienst.herbereken(run.id()).orElseThrow().gelijk()).isTrue();
        assertThat(dienst.afrekening(run.id(), "0148").orElseThrow().afleiding())
                .extracting(Afrekening.Stap::omschrijving).contains("Aandeel sleutel inwoners", "Toerekening T", "Saldo R");
    }

    @Test
    void aFinalRunsStatementsGoToItsMembersOnlyAndOneRunPerRegionAndYearIsFinal() throws Exception {
        String model = "{\"naam\":\"solidair\",\"familie\":\"kostenverdeling\",\"solidariteit\":1,\"gewichten\":{\"inwoners\":1}}";
        Run eerste = dienst.bereken(new Verzoek("r", 2016, List.of(model(model)), LEDEN), ANNA);
        Run tweede = dienst.bereken(new Verzoek("r", 2016, List.of(model(model)), LEDEN), ANNA);
        AfrekeningenComponent afrekeningen = new AfrekeningenComponent(dienst);
        assertThat(afrekeningen.definitief("0148")).as("nothing final yet").isEmpty();
        assertThat(dienst.definitief(eerste.id())).isEmpty();

        Vaststelling vastgesteld = dienst.maakDefinitief(eerste.id(), BERT).orElseThrow();
        assertThat(vastgesteld.run()).isEqualTo(eerste.id());
        assertThat(dienst.maakDefinitief(eerste.id(), BERT).orElseThrow()).as("again: unchanged").isEqualTo(vastgesteld);
        AlDefinitief tweedeDefinitief = catchThrowableOfType(() -> dienst.maakDefinitief(tweede.id(), BERT), AlDefinitief.class);
        assertThat(tweedeDefinitief.getMessage()).contains("run " + eerste.id() + " is al definitief");
        assertThat(tweedeDefinitief.bestaand()).isEqualTo(vastgesteld);
        assertThat(dienst.maakDefinitief(999_999, BERT)).isEmpty();

        var dalfsen = afrekeningen.definitief("0148");
        assertThat(dalfsen).hasSize(1);
        Run.Lid lid = eerste.leden().get(0);
        assertThat(dalfsen.get(0).run()).isEqualTo(eerste.id());
        assertThat(dalfsen.get(0).toerekening()).isEqualTo(lid.toerekening());
        assertThat(dalfsen.get(0).verevening()).isEqualTo(lid.verevening());
        assertThat(dalfsen.get(0).saldo()).isEqualTo(lid.saldo());
        assertThat(JSON.readTree(dalfsen.get(0).afrekening()).get("afleiding").toString()).contains("Verevening V");
        assertThat(afrekeningen.definitief("0193")).as("Zwolle is no member of this run").isEmpty();
    }

    @Test
    void anInvalidModelStoresNothing() throws Exception {
        VereveningsFout fout = catchThrowableOfType(() -> dienst.bereken(new Verzoek("r", 2016, List.of(model(
                "{\"familie\":\"kostenverdeling\",\"solidariteit\":1,\"gewichten\":{\"inwoners\":0.9}}")), LEDEN), ANNA), VereveningsFout.class);
        assertThat(fout.velden()).containsExactly("model.gewichten");
        assertThat(dienst.run(1)).isEmpty();
    }

    @Test
    void aComparisonRunsEveryModelOnTheSameInputs() throws Exception {
        List<JsonNode> modellen = new ArrayList<>();
        modellen.add(model("{\"naam\":\"profijt\",\"familie\":\"kostenverdeling\",\"solidariteit\":0,\"gewichten\":{\"inwoners\":1}}"));
        modellen.add(model("{\"naam\":\"band 0\",\"familie\":\"band\",\"band\":0,\"gewichten\":{\"budget\":1}}"));
        Vergelijking v = dienst.vergelijk(new Verzoek("r", 2016, modellen, LEDEN), ANNA);
        assertThat(v.modellen()).containsExactly("profijt", "band 0");
        assertThat(v.leden().get(0).uitkomsten().get(0).toerekening()).isEqualTo(1_100_007);
        assertThat(v.leden()).allSatisfy(rij -> assertThat(rij.uitkomsten().get(0).verschil()).isZero());
        long somVerschil = v.leden().stream().mapToLong(r -> r.uitkomsten().get(1).verschil()).sum();
        assertThat(somVerschil).isZero();
        assertThat(dienst.vergelijking(v.id()).orElseThrow()).isEqualTo(v);
    }

    private static final String SOLIDAIR = "{\"naam\":\"solidair\",\"familie\":\"kostenverdeling\",\"solidariteit\":1,\"gewichten\":{\"inwoners\":1}}";

    @Test
    void theCreatorIsStoredWithTheRunAndReadBack() throws Exception {
        Run run = dienst.bereken(new Verzoek("r", 2016, List.of(model(SOLIDAIR)), LEDEN), ANNA);
        assertThat(run.aangemaaktDoor()).isEqualTo(ANNA);
        assertThat(dienst.run(run.id()).orElseThrow().aangemaaktDoor()).isEqualTo(ANNA);
        assertThat(dienst.run(run.id()).orElseThrow()).isEqualTo(run);

        List<JsonNode> modellen = List.of(model(SOLIDAIR), model("{\"naam\":\"band 0\",\"familie\":\"band\",\"band\":0,\"gewichten\":{\"budget\":1}}"));
        Vergelijking v = dienst.vergelijk(new Verzoek("r", 2016, modellen, LEDEN), BERT);
        for (long id : v.runs()) {
            assertThat(dienst.run(id).orElseThrow().aangemaaktDoor()).as("run %d of the comparison", id).isEqualTo(BERT);
        }
    }

    @Test
    void theCreatorCannotMakeTheirOwnRunFinalASecondControllerCan() throws Exception {
        Run run = dienst.bereken(new Verzoek("r", 2016, List.of(model(SOLIDAIR)), LEDEN), ANNA);

        VierOgen.Geweigerd eigen = catchThrowableOfType(() -> dienst.maakDefinitief(run.id(), "  Anna "), VierOgen.Geweigerd.class);
        assertThat(eigen).as("the same name, trimmed and in another case").isNotNull();
        assertThat(eigen.getMessage()).contains("run " + run.id()).contains("tweede controleur").doesNotContain(ANNA);
        assertThat(dienst.definitief(run.id())).as("nothing made final").isEmpty();

        Vaststelling vastgesteld = dienst.maakDefinitief(run.id(), BERT).orElseThrow();
        assertThat(vastgesteld.aangemaaktDoor()).isEqualTo(ANNA);
        assertThat(vastgesteld.vastgesteldDoor()).isEqualTo(BERT);
        assertThat(dienst.definitief(run.id())).contains(vastgesteld);
        assertThat(dienst.maakDefinitief(run.id(), ANNA)).as("final already: answered as before, not refused and not changed")
                .contains(vastgesteld);
    }

    @Test
    void aRunMadeBeforeCreatorsWereRecordedCanBeMadeFinalByAnyone() throws Exception {
        Run run = dienst.bereken(new Verzoek("r", 2016, List.of(model(SOLIDAIR)), LEDEN), ANNA);
        test.zonderMaker(run.id());
        assertThat(dienst.run(run.id()).orElseThrow().aangemaaktDoor()).isNull();

        Vaststelling vastgesteld = dienst.maakDefinitief(run.id(), ANNA).orElseThrow();
        assertThat(vastgesteld.aangemaaktDoor()).isNull();
        assertThat(vastgesteld.vastgesteldDoor()).isEqualTo(ANNA);
        assertThat(dienst.definitief(run.id())).contains(vastgesteld);
    }

    @Test
    void theJsonOfARunAndOfAVaststellingNamesBothPeople() throws Exception {
        Run run = dienst.bereken(new Verzoek("r", 2016, List.of(model(SOLIDAIR)), LEDEN), ANNA);
        Vaststelling vastgesteld = dienst.maakDefinitief(run.id(), BERT).orElseThrow();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        List<String> runVelden = new ArrayList<>();
        json.valueToTree(run).fieldNames().forEachRemaining(runVelden::add);
        assertThat(runVelden).startsWith("id", "regio", "jaar", "aangemaakt", "aangemaaktDoor", "registerVersie");
        assertThat(json.valueToTree(run).get("aangemaaktDoor").asText()).isEqualTo(ANNA);
        List<String> vaststellingVelden = new ArrayList<>();
        json.valueToTree(vastgesteld).fieldNames().forEachRemaining(vaststellingVelden::add);
        assertThat(vaststellingVelden).containsExactly("run", "regio", "jaar", "aangemaaktDoor", "vastgesteld", "vastgesteldDoor");
    }

    @Test
    void theListOfRunsIsNewestFirstPerRegionAndYearWithWhoMadeItFinal() throws Exception {
        String model = "{\"naam\":\"solidair\",\"familie\":\"kostenverdeling\",\"solidariteit\":1,\"gewichten\":{\"inwoners\":1}}";
        Run a = dienst.bereken(new Verzoek("r", 2016, List.of(model(model)), LEDEN), ANNA);
        // 2017 has no key figures in the test register: a model on the members' own client counts
        Run b = dienst.bereken(new Verzoek("r", 2017, List.of(model("{\"familie\":\"band\",\"band\":0,\"gewichten\":{\"clienten\":1}}")),
                List.of(new Run.Invoer("0148", 1_000_003, 1_100_007, java.util.Map.of("clienten", 12L)),
                        new Run.Invoer("0150", 4_000_001, 3_899_993, java.util.Map.of("clienten", 30L)))), ANNA);
        Run c = dienst.bereken(new Verzoek("r", 2016, List.of(model(model)), LEDEN), ANNA);
        dienst.maakDefinitief(a.id(), BERT);

        var alle = dienst.runs(null, null, 0, 100);
        assertThat(alle.totaal()).isEqualTo(3);
        assertThat(alle.items()).extracting(Runregel::id).containsExactly(c.id(), b.id(), a.id());
        var jaar2016 = dienst.runs("r", 2016, 0, 100);
        assertThat(jaar2016.totaal()).isEqualTo(2);
        assertThat(jaar2016.items()).extracting(Runregel::id).containsExactly(c.id(), a.id());
        Runregel definitief = jaar2016.items().get(1);
        assertThat(definitief.definitief()).isTrue();
        assertThat(definitief.aangemaaktDoor()).isEqualTo(ANNA);
        assertThat(definitief.vastgesteldDoor()).isEqualTo(BERT);
        assertThat(definitief.vastgesteld()).isNotNull();
        assertThat(jaar2016.items().get(0).definitief()).isFalse();
        assertThat(jaar2016.items().get(0).vastgesteld()).isNull();

        var tweedePagina = dienst.runs(null, null, 1, 1);
        assertThat(tweedePagina.totaal()).isEqualTo(3);
        assertThat(tweedePagina.items()).extracting(Runregel::id).containsExactly(b.id());
        assertThat(dienst.runs("r", 2015, 0, 100).items()).isEmpty();
        VereveningsFout onbekend = catchThrowableOfType(() -> dienst.runs("bestaat-niet", null, 0, 100), VereveningsFout.class);
        assertThat(onbekend.fouten()).extracting(f -> f.veld()).containsExactly("regio");
    }
}
