package nl.samenspel.verevening.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.register.RegisterStatus;
import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.api.verevening.OnvolledigeBron;
import nl.samenspel.api.verevening.Vereveningsbron;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.verevening.engine.VereveningsFout;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run pipeline outside OSGi: register, model, engine, storage on in-memory Derby. */
class VereveningsdienstTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private Vereveningsdienst dienst;

    @BeforeEach
    void opzetten() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + Runopslag.SCHEMA);
            s.execute("SET SCHEMA " + Runopslag.SCHEMA);
            for (String migratie : List.of("/db/verevening/V1__run.sql", "/db/verevening/V2__definitief.sql")) {
                try (InputStream sql = getClass().getResourceAsStream(migratie)) {
                    for (String opdracht : new String(sql.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "").split(";")) {
                        if (!opdracht.isBlank()) {
                            s.execute(opdracht);
                        }
                    }
                }
            }
        }
        Register register = InvoerbouwerTest.REGISTER;
        RegisterService registerService = new RegisterService() {
            @Override
            public Optional<Register> actueel() {
                return Optional.of(register);
            }

            @Override
            public RegisterStatus status() {
                return new RegisterStatus("../../regional-config", Optional.of(register), Optional.empty(), Optional.empty());
            }

            @Override
            public RegisterStatus herlaad() {
                return status();
            }
        };
        opslag = new Runopslag(ds);
        this.registerService = registerService;
        dienst = new Vereveningsdienst(registerService, opslag);
    }

    private Runopslag opslag;
    private RegisterService registerService;

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
        Vereveningsdienst metModule = new Vereveningsdienst(registerService, opslag, List.of(bron));
        Run run = metModule.bereken(new Verzoek("r", 2016, List.of(model(
                "{\"familie\":\"band\",\"band\":0,\"gewichten\":{\"clienten\":1}}")), List.of()));
        assertThat(run.leden()).extracting(Run.Lid::kosten).containsExactly(1_100_007L, 3_899_993L);
        assertThat(run.leden()).extracting(l -> l.sleutels().get("clienten")).containsExactly(12L, 30L);
        assertThat(run.controle().somVerevening()).isZero();

        VereveningsFout geenModule = catchThrowableOfType(() -> dienst.bereken(new Verzoek("r", 2016, List.of(model(
                "{\"familie\":\"band\",\"band\":0,\"gewichten\":{\"budget\":1}}")), List.of())), VereveningsFout.class);
        assertThat(geenModule.getMessage()).contains("geen geïnstalleerde module");
        Vereveningsdienst onvolledig = new Vereveningsdienst(registerService, opslag, List.of(bron(jaar -> {
            throw new OnvolledigeBron(List.of("geen jeugdhulpbudget 2016 van Dalfsen (0148)"));
        })));
        VereveningsFout gat = catchThrowableOfType(() -> onvolledig.bereken(new Verzoek("r", 2016, List.of(model(
                "{\"familie\":\"band\",\"band\":0,\"gewichten\":{\"budget\":1}}")), List.of())), VereveningsFout.class);
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
                "{\"naam\":\"solidair\",\"familie\":\"kostenverdeling\",\"solidariteit\":1,\"gewichten\":{\"inwoners\":1}}")), LEDEN));
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
        Run eerste = dienst.bereken(new Verzoek("r", 2016, List.of(model(model)), LEDEN));
        Run tweede = dienst.bereken(new Verzoek("r", 2016, List.of(model(model)), LEDEN));
        AfrekeningenComponent afrekeningen = new AfrekeningenComponent(dienst);
        assertThat(afrekeningen.definitief("0148")).as("nothing final yet").isEmpty();
        assertThat(dienst.definitief(eerste.id())).isEmpty();

        Vaststelling vastgesteld = dienst.maakDefinitief(eerste.id()).orElseThrow();
        assertThat(vastgesteld.run()).isEqualTo(eerste.id());
        assertThat(dienst.maakDefinitief(eerste.id()).orElseThrow()).as("again: unchanged").isEqualTo(vastgesteld);
        VereveningsFout tweedeDefinitief = catchThrowableOfType(() -> dienst.maakDefinitief(tweede.id()), VereveningsFout.class);
        assertThat(tweedeDefinitief.getMessage()).contains("run " + eerste.id() + " is al definitief");
        assertThat(dienst.maakDefinitief(999_999)).isEmpty();

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
                "{\"familie\":\"kostenverdeling\",\"solidariteit\":1,\"gewichten\":{\"inwoners\":0.9}}")), LEDEN)), VereveningsFout.class);
        assertThat(fout.velden()).containsExactly("model.gewichten");
        assertThat(dienst.run(1)).isEmpty();
    }

    @Test
    void aComparisonRunsEveryModelOnTheSameInputs() throws Exception {
        List<JsonNode> modellen = new ArrayList<>();
        modellen.add(model("{\"naam\":\"profijt\",\"familie\":\"kostenverdeling\",\"solidariteit\":0,\"gewichten\":{\"inwoners\":1}}"));
        modellen.add(model("{\"naam\":\"band 0\",\"familie\":\"band\",\"band\":0,\"gewichten\":{\"budget\":1}}"));
        Vergelijking v = dienst.vergelijk(new Verzoek("r", 2016, modellen, LEDEN));
        assertThat(v.modellen()).containsExactly("profijt", "band 0");
        assertThat(v.leden().get(0).uitkomsten().get(0).toerekening()).isEqualTo(1_100_007);
        assertThat(v.leden()).allSatisfy(rij -> assertThat(rij.uitkomsten().get(0).verschil()).isZero());
        long somVerschil = v.leden().stream().mapToLong(r -> r.uitkomsten().get(1).verschil()).sum();
        assertThat(somVerschil).isZero();
        assertThat(dienst.vergelijking(v.id()).orElseThrow()).isEqualTo(v);
    }
}
