package nl.samenspel.verevening.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.SecurityContext;
import nl.samenspel.rest.ProblemException;
import nl.samenspel.verevening.internal.run.Run;
import nl.samenspel.verevening.internal.run.Testdienst;
import nl.samenspel.verevening.internal.run.Vaststelling;
import nl.samenspel.verevening.internal.run.Verzoek;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Four eyes at the REST boundary: the actor comes from the security context. */
class VereveningenResourceTest {

    private Testdienst test;
    private VereveningenResource resource;
    private Run run;

    @BeforeEach
    void opzetten() throws Exception {
        test = Testdienst.nieuw();
        resource = new VereveningenResource(test.dienst);
        run = test.dienst.bereken(new Verzoek("r", 2016, List.of(new ObjectMapper().readTree(
                "{\"naam\":\"solidair\",\"familie\":\"kostenverdeling\",\"solidariteit\":1,\"gewichten\":{\"inwoners\":1}}")),
                List.of(new Run.Invoer("0148", 1_000_003, 1_100_007, Map.of()), new Run.Invoer("0150", 4_000_001, 3_899_993, Map.of()))),
                "anna");
    }

    private static SecurityContext als(String naam) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return naam == null ? null : () -> naam;
            }

            @Override
            public boolean isUserInRole(String rol) {
                return true;
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }

    @Test
    void theCreatorIsRefusedWith403AndASecondControllerMakesTheRunFinal() throws Exception {
        String id = Long.toString(run.id());
        ProblemException eigen = catchThrowableOfType(() -> resource.maakDefinitief(id, als("ANNA")), ProblemException.class);
        assertThat(eigen.status()).isEqualTo(403);
        assertThat(eigen.title()).isEqualTo("Vier ogen");
        assertThat(eigen.getMessage()).contains("tweede controleur");
        assertThat(eigen.invalidParams()).isEmpty();

        Vaststelling vastgesteld = resource.maakDefinitief(id, als("bert"));
        assertThat(vastgesteld.aangemaaktDoor()).isEqualTo("anna");
        assertThat(vastgesteld.vastgesteldDoor()).isEqualTo("bert");
        assertThat(resource.definitief(id)).isEqualTo(vastgesteld);
    }

    @Test
    void aSecondRunForTheSameRegionAndYearIsAConflict() throws Exception {
        resource.maakDefinitief(Long.toString(run.id()), als("bert"));
        Run tweede = test.dienst.bereken(new Verzoek("r", 2016, List.of(new ObjectMapper().readTree(
                "{\"familie\":\"kostenverdeling\",\"solidariteit\":0,\"gewichten\":{\"inwoners\":1}}")),
                List.of(new Run.Invoer("0148", 1_000_003, 1_100_007, Map.of()), new Run.Invoer("0150", 4_000_001, 3_899_993, Map.of()))),
                "anna");
        ProblemException fout = catchThrowableOfType(() -> resource.maakDefinitief(Long.toString(tweede.id()), als("bert")),
                ProblemException.class);
        assertThat(fout.status()).isEqualTo(409);
        assertThat(fout.title()).isEqualTo("Al definitief");
        assertThat(fout.invalidParams()).extracting(p -> p.name()).containsExactly("id");
        assertThat(fout.getMessage()).contains("run " + run.id() + " is al definitief");
        assertThat(test.dienst.definitief(tweede.id())).isEmpty();
    }

    @Test
    void aRunWithoutCreatorCanBeMadeFinalByAnyoneWithTheRole() throws Exception {
        test.zonderMaker(run.id());
        Vaststelling vastgesteld = resource.maakDefinitief(Long.toString(run.id()), als("anna"));
        assertThat(vastgesteld.aangemaaktDoor()).isNull();
        assertThat(vastgesteld.vastgesteldDoor()).isEqualTo("anna");
    }

    @Test
    void withoutAPrincipalNothingHappens() throws Exception {
        String id = Long.toString(run.id());
        for (SecurityContext context : new SecurityContext[] {null, als(null), als(" ")}) {
            ProblemException fout = catchThrowableOfType(() -> resource.maakDefinitief(id, context), ProblemException.class);
            assertThat(fout.status()).isEqualTo(401);
        }
        assertThat(test.dienst.definitief(run.id())).isEmpty();
    }
}
