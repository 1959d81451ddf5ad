package nl.samenspel.invoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GelezenTest {

    @Test
    void aKeyAgainIsRefusedAtItsLaterLineNamingTheFirst() {
        List<Regelfout> fouten = new ArrayList<>();
        List<Gelezen.Regel<String>> regels = List.of(new Gelezen.Regel<>("regel 2", "a"), new Gelezen.Regel<>("regel 3", "b"),
                new Gelezen.Regel<>("regel 4", "a"));

        List<Gelezen.Regel<String>> eerste = Gelezen.uniek(regels, w -> w, "code", "; één regel per code", fouten);

        assertThat(eerste).extracting(Gelezen.Regel::plaats).containsExactly("regel 2", "regel 3");
        assertThat(fouten).containsExactly(new Regelfout("regel 4", "code", "komt ook voor op regel 2; één regel per code"));
    }
}
