package nl.samenspel.audit.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.ws.rs.GET;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;
import nl.samenspel.audit.internal.AuditlogComponent;
import nl.samenspel.audit.internal.MetTestdatabase;
import nl.samenspel.audit.internal.Testdatabase;
import nl.samenspel.rest.ProblemException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoints called as plain methods on in-memory Derby; the JAX-RS runtime is the Pax Exam tests' business. */
class AuditResourceTest extends MetTestdatabase {

    private AuditlogComponent auditlog;
    private AuditResource resource;



    @BeforeEach
    void start() throws Exception {
        db.leeg();
        // without a retention schedule, so there is nothing to stop afterwards
        auditlog = db.component();
        resource = new AuditResource(auditlog);
    }

    private void schrijf(String actor, String actie, int resultaat, String tijd) {
        auditlog.schrijf(new Auditregel(actor, actie, "id=1", resultaat, "10.0.0.1", Instant.parse(tijd)));
    }

    private List<Dto.Regel> regels(String actor, String actie, String van, String tot, String resultaat, String pagina, String aantal)
            throws Exception {
        return resource.regels(actor, actie, van, tot, resultaat, pagina, aantal);
    }

    private static List<Long> volgnummers(List<Dto.Regel> regels) {
        return regels.stream().map(Dto.Regel::volgnummer).toList();
    }

    @Test
    void listsNewestFirstWithEveryField() throws Exception {
        schrijf("beheer", "POST /register/herladen", 200, "2025-03-10T10:00:00Z");
        schrijf("controller", "GET /vereveningen/{id}", 403, "2025-03-10T11:00:00Z");

        List<Dto.Regel> regels = regels(null, null, null, null, null, null, null);

        assertThat(volgnummers(regels)).containsExactly(2L, 1L);
        Dto.Regel r = regels.get(0);
        assertThat(r.tijd()).isEqualTo(Instant.parse("2025-03-10T11:00:00Z"));
        assertThat(r.actor()).isEqualTo("controller");
        assertThat(r.actie()).isEqualTo("GET /vereveningen/{id}");
        assertThat(r.object()).isEqualTo("id=1");
        assertThat(r.resultaat()).isEqualTo(403);
        assertThat(r.herkomst()).isEqualTo("10.0.0.1");
        assertThat(r.hash()).hasSize(64);
    }

    @Test
    void filtersOnActorExactlyAndOnActionByPartCaseInsensitive() throws Exception {
        schrijf("beheer", "POST /register/herladen", 200, "2025-03-10T10:00:00Z");
        schrijf("beheerder", "GET /register", 200, "2025-03-10T10:00:01Z");
        schrijf("controller", "POST /vereveningen", 201, "2025-03-10T10:00:02Z");
        schrijf("controller", "GET /x_y%z", 200, "2025-03-10T10:00:03Z");

        assertThat(volgnummers(regels("beheer", null, null, null, null, null, null))).containsExactly(1L);
        assertThat(volgnummers(regels(null, "REGISTER", null, null, null, null, null))).containsExactly(2L, 1L);
        assertThat(volgnummers(regels("controller", "post", null, null, null, null, null))).containsExactly(3L);
        // % and _ are text here, not wildcards
        assertThat(volgnummers(regels(null, "_y%", null, null, null, null, null))).containsExactly(4L);
        assertThat(volgnummers(regels(null, "x%z", null, null, null, null, null))).isEmpty();
        assertThat(volgnummers(regels(null, null, null, null, "201", null, null))).containsExactly(3L);
    }

    @Test
    void vanAndTotAreWholeDaysInTheNetherlandsBothInclusive() throws Exception {
        schrijf("a", "b", 200, "2025-03-09T22:59:59Z"); // 9 March 23:59:59 in Amsterdam
        schrijf("a", "b", 200, "2025-03-09T23:00:00Z"); // 10 March 00:00
        schrijf("a", "b", 200, "2025-03-10T22:59:59Z"); // 10 March 23:59:59
        schrijf("a", "b", 200, "2025-03-10T23:00:00Z"); // 11 March 00:00

        assertThat(volgnummers(regels(null, null, "2025-03-10", "2025-03-10", null, null, null))).containsExactly(3L, 2L);
        assertThat(volgnummers(regels(null, null, "2025-03-10", null, null, null, null))).containsExactly(4L, 3L, 2L);
        assertThat(volgnummers(regels(null, null, null, "2025-03-09", null, null, null))).containsExactly(1L);
    }

    @Test
    void pagesThroughNewestFirst() throws Exception {
        for (int i = 0; i < 7; i++) {
            schrijf("a", "b", 200, "2025-03-10T10:00:0" + i + "Z");
        }

        assertThat(volgnummers(regels(null, null, null, null, null, "1", "3"))).containsExactly(7L, 6L, 5L);
        assertThat(volgnummers(regels(null, null, null, null, null, "3", "3"))).containsExactly(1L);
        assertThat(volgnummers(regels(null, null, null, null, null, "4", "3"))).isEmpty();
    }

    @Test
    void badParametersAreA400ThatNamesThem() {
        assertOngeldig(() -> regels(null, null, "gisteren", null, null, null, null), "van");
        assertOngeldig(() -> regels(null, null, null, "2025-13-01", null, null, null), "tot");
        assertOngeldig(() -> regels(null, null, "2025-03-11", "2025-03-10", null, null, null), "tot");
        assertOngeldig(() -> regels(null, null, null, null, "ok", null, null), "resultaat");
        assertOngeldig(() -> regels(null, null, null, null, null, "0", null), "pagina");
        assertOngeldig(() -> regels(null, null, null, null, null, null, "0"), "aantal");
        assertOngeldig(() -> regels(null, null, null, null, null, null, "1001"), "aantal");
    }

    private static void assertOngeldig(org.assertj.core.api.ThrowableAssert.ThrowingCallable aanroep, String parameter) {
        assertThatThrownBy(aanroep).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.invalidParams()).extracting(p -> p.name()).containsExactly(parameter);
        });
    }

    @Test
    void theCheckOfAnIntactChainHasNoFirstFault() throws Exception {
        schrijf("a", "b", 200, "2025-03-10T10:00:00Z");

        Dto.Controle controle = resource.controle();

        assertThat(controle.intact()).isTrue();
        assertThat(controle.gecontroleerd()).isEqualTo(1);
        assertThat(controle.anker()).isEqualTo(new Dto.AnkerDto(0, "0".repeat(64)));
        String json = new ObjectMapper().writeValueAsString(controle);
        assertThat(json).contains("\"intact\":true", "\"gecontroleerd\":1", "\"anker\":{").doesNotContain("eersteFout");
    }

    @Test
    void theCheckOfATamperedChainNamesTheFirstFault() throws Exception {
        schrijf("a", "b", 200, "2025-03-10T10:00:00Z");
        schrijf("a", "b", 200, "2025-03-10T10:00:01Z");
        db.wijzig("UPDATE AUDIT.auditregel SET resultaat = 201 WHERE volgnummer = 2");

        Dto.Controle controle = resource.controle();

        assertThat(controle.intact()).isFalse();
        assertThat(controle.eersteFout().volgnummer()).isEqualTo(2);
        assertThat(controle.eersteFout().reden()).isEqualTo("INHOUD_GEWIJZIGD");
        assertThat(new ObjectMapper().writeValueAsString(controle))
                .contains("\"eersteFout\":{\"volgnummer\":2,\"reden\":\"INHOUD_GEWIJZIGD\"");
    }

    @Test
    void everyOperationNeedsTheAuditRightAndIsDocumented() {
        List<Method> operaties = Arrays.stream(AuditResource.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(GET.class)).toList();

        assertThat(operaties).hasSize(2).allSatisfy(m -> {
            assertThat(m.getAnnotation(Toegang.class)).isNotNull();
            assertThat(m.getAnnotation(Toegang.class).value()).isEqualTo(Bevoegdheid.AUDIT);
            assertThat(m.getAnnotation(Operation.class).summary()).isNotBlank();
        });
    }
}
