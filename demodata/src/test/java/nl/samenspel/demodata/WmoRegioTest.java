package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The demo's membership is the region's configuration, not a second opinion on it. */
class WmoRegioTest {

    private static final Pattern LID = Pattern.compile(
            "\\{\\s*\"gemeente\":\\s*\"([0-9]{4})\",\\s*\"van\":\\s*\"([0-9-]{10})\"(?:,\\s*\"tot\":\\s*\"([0-9-]{10})\")?");

    @Test
    void ledenZoalsInRegionalConfig() throws Exception {
        Path json = Projectbestand.vind("regional-config/regios/wmo-ijssel-vecht.json").orElse(null);
        Assumptions.assumeTrue(json != null, "regional-config not found from " + Path.of("").toAbsolutePath());
        List<String> verwacht = new ArrayList<>();
        Matcher m = LID.matcher(Files.readString(json));
        while (m.find()) {
            verwacht.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
        }
        List<String> demo = WmoRegio.LEDEN.stream()
                .map(l -> l.gemeente().code() + " " + l.van() + " " + l.tot()).toList();
        assertThat(demo).containsExactlyInAnyOrderElementsOf(verwacht).hasSize(9);
    }

    @Test
    void hattemNaarDe2024LedenNietMeer() {
        assertThat(WmoPeriode.JAREN_2015_2017.leden()).hasSize(9);
        assertThat(WmoPeriode.JAREN_2024_2026.leden()).hasSize(8).noneMatch(g -> g.code().equals("0244"));
    }
}
