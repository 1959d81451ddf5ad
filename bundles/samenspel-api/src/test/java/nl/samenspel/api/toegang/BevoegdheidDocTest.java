package nl.samenspel.api.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/security.md's table of rights says what the code's table says: every right, its roles, its read audit. */
class BevoegdheidDocTest {

    private static final Path DOC = Path.of("../../docs/security.md");

    @Test
    void theDocumentedTableIsTheTableInCode() throws IOException {
        Map<String, List<String>> rijen = new LinkedHashMap<>();
        List<String> regels = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int begin = regels.indexOf("<!-- the rows below are checked against Bevoegdheid.java by BevoegdheidDocTest -->");
        assertThat(begin).as("the marked table in " + DOC).isNotNegative();
        for (String regel : regels.subList(begin + 1, regels.size())) {
            if (regel.isBlank()) {
                break;
            }
            if (regel.startsWith("| `")) {
                List<String> cellen = List.of(regel.substring(1, regel.lastIndexOf('|')).split("\\|")).stream().map(String::strip).toList();
                rijen.put(cellen.get(0).replace("`", ""), cellen.subList(1, 5));
            }
        }
        assertThat(rijen.keySet()).containsExactly(java.util.Arrays.stream(Bevoegdheid.values()).map(Enum::name).toArray(String[]::new));
        for (Bevoegdheid b : Bevoegdheid.values()) {
            List<String> cellen = rijen.get(b.name());
            List<String> rollen = switch (b.soort()) {
                case OPENBAAR -> List.of("iedereen", "iedereen", "iedereen");
                case CERTIFICAAT -> List.of("certificaat", "certificaat", "certificaat");
                case ROLLEN -> List.of(Rol.values()).stream().map(r -> b.rollen().contains(r) ? "✓" : "–").toList();
            };
            assertThat(cellen.subList(0, 3)).as(b.name()).isEqualTo(rollen);
            assertThat(cellen.get(3)).as(b.name() + " read audited").isEqualTo(b.leesAudit() ? "ja" : "–");
        }
    }

    @Test
    void theRolesAreTheThreeOfTheDocsInThisOrder() {
        assertThat(List.of(Rol.values()).stream().map(Rol::naam)).containsExactly("beheerder", "controller", "lezer");
    }

    @Test
    void onlyRightsOfRolesNameRoles() {
        for (Bevoegdheid b : Bevoegdheid.values()) {
            assertThat(b.rollen().isEmpty()).as(b.name()).isEqualTo(b.soort() != Bevoegdheid.Soort.ROLLEN);
            assertThat(b.toegestaanVoor(java.util.Set.of("beheerder", "controller", "lezer"))).isEqualTo(b.soort() == Bevoegdheid.Soort.ROLLEN);
        }
    }
}
