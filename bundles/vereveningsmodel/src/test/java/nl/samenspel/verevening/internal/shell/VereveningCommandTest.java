package nl.samenspel.verevening.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.verevening.internal.run.Testdienst;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console run: stored with the console user as creator, and written to the audit log either way. */
class VereveningCommandTest {

    @TempDir
    Path map;

    private Testdienst test;
    private final List<Auditregel> audit = new ArrayList<>();
    private VereveningCommand command;

    @BeforeEach
    void opzetten() throws Exception {
        test = Testdienst.nieuw();
        command = new VereveningCommand();
        command.dienst = test.dienst;
        command.auditlog = audit::add;
        command.regio = "r";
        command.jaar = 2016;
        command.invoer = Files.writeString(map.resolve("invoer.csv"), "gemeente;budget;kosten\n0148;1000003;1100007\n0150;4000001;3899993\n")
                .toString();
    }

    @Test
    void aConsoleRunHasTheConsoleUserAsCreatorAndIsAudited() throws Exception {
        command.model = Files.writeString(map.resolve("model.json"),
                "{\"naam\":\"solidair\",\"familie\":\"kostenverdeling\",\"solidariteit\":1,\"gewichten\":{\"inwoners\":1}}").toString();
        command.execute();

        // outside a Karaf session there is no logged-in user: the console's own name
        assertThat(test.dienst.run(1).orElseThrow().aangemaaktDoor()).isEqualTo("console");
        assertThat(audit).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("console");
            assertThat(r.actie()).isEqualTo("console samenspel:verevening");
            assertThat(r.object()).isEqualTo("regio=r jaar=2016");
            assertThat(r.resultaat()).isEqualTo(200);
            assertThat(r.herkomst()).isEqualTo("console");
        });
    }

    @Test
    void aRefusedRunIsAuditedAsFailed() throws Exception {
        command.model = Files.writeString(map.resolve("model.json"),
                "{\"familie\":\"kostenverdeling\",\"solidariteit\":1,\"gewichten\":{\"inwoners\":0.9}}").toString();
        command.execute();

        assertThat(test.dienst.run(1)).isEmpty();
        assertThat(audit).singleElement().satisfies(r -> {
            assertThat(r.resultaat()).isEqualTo(500);
            assertThat(r.object()).isEqualTo("regio=r jaar=2016");
        });
    }
}
