package nl.samenspel.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.api.register.Domein;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Regio;
import nl.samenspel.api.register.Register;
import org.junit.jupiter.api.Test;

class ProfielcontroleTest {

    /** A small register: Harderwijk in protected housing 2015-2023, Deventer in youth care. */
    private static Register register() {
        return new nl.samenspel.register.internal.RegisterData("test",
                List.of(new Gemeente("0150", "Deventer", "00000099000000150000"), new Gemeente("0243", "Harderwijk", "00000099000000243000"),
                        new Gemeente("0193", "Zwolle", "00000099000000193000")),
                List.of(new Regio("bw", "BW", Domein.BESCHERMD_WONEN, "0193"), new Regio("jh", "JH", Domein.JEUGDHULP, "0193")),
                List.of(new Lidmaatschap("bw", "0243", LocalDate.parse("2015-01-01"), LocalDate.parse("2023-12-31")),
                        new Lidmaatschap("bw", "0193", LocalDate.parse("2015-01-01"), null),
                        new Lidmaatschap("jh", "0150", LocalDate.parse("2015-01-01"), null)),
                List.of());
    }

    private static Knooppuntprofiel node(String gemeente, String... features) {
        return new Knooppuntprofiel("p", gemeente, "http://localhost:8181", List.of(features), 8182, List.of());
    }

    @Test
    void aProfileThatMatchesItsRegionsHasNoFindings() {
        assertThat(Profielcontrole.bevindingen(node("0243", "samenspel-node", "samenspel-beschermd-wonen"), register(),
                LocalDate.parse("2016-06-01"))).isEmpty();
    }

    @Test
    void aMissingModuleAndAModuleWithoutRegionAreBothFound() {
        assertThat(Profielcontrole.bevindingen(node("0150", "samenspel-node", "samenspel-wmo"), register(), LocalDate.parse("2016-06-01")))
                .containsExactly("lid van jh maar boot samenspel-jeugdhulp niet",
                        "boot samenspel-wmo maar de gemeente is op 2016-06-01 geen lid van een regio in domein wmo");
    }

    @Test
    void membershipIsCheckedAtThePeildatum() {
        assertThat(Profielcontrole.bevindingen(node("0243", "samenspel-node", "samenspel-beschermd-wonen"), register(),
                LocalDate.parse("2025-06-01"))).singleElement().asString().contains("geen lid van een regio in domein beschermd-wonen");
    }

    @Test
    void unknownGemeenteIsAFinding() {
        assertThat(Profielcontrole.bevindingen(node("9999", "samenspel-node"), register(), LocalDate.parse("2016-06-01")))
                .containsExactly("gemeente 9999 staat niet in het register");
    }

    @Test
    void readsTheShippedProfiles() throws IOException {
        List<Knooppuntprofiel> profielen = ProfielLezer.lees(Path.of("../../regional-config/nodes"));
        assertThat(profielen).extracting(Knooppuntprofiel::naam).containsExactly("dalfsen", "deventer", "harderwijk", "kampen", "zwolle");
        assertThat(profielen).allSatisfy(p -> assertThat(p.fouten()).isEmpty());
        assertThat(profielen.get(4).isHub()).isTrue();
        assertThat(profielen).extracting(Knooppuntprofiel::httpPort).doesNotHaveDuplicates();
        assertThat(profielen.get(1).gemeente()).isEqualTo("0150");
        // Dalfsen runs youth care and Wmo; Kampen all three of its regions
        assertThat(profielen.get(0).features()).contains("samenspel-jeugdhulp", "samenspel-wmo").doesNotContain("samenspel-beschermd-wonen");
        assertThat(profielen.get(3).features()).contains("samenspel-jeugdhulp", "samenspel-wmo", "samenspel-beschermd-wonen");
    }
}
