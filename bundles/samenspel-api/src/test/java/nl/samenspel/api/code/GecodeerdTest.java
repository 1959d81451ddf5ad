package nl.samenspel.api.code;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.api.register.Domein;
import nl.samenspel.api.toegang.Rol;
import org.junit.jupiter.api.Test;

class GecodeerdTest {

    @Test
    void deCodeIsDeNaamInKleineLettersMetStreepjes() {
        assertThat(Gecodeerd.codes(Domein.class)).containsExactly("jeugdhulp", "wmo", "beschermd-wonen");
        assertThat(Domein.BESCHERMD_WONEN.moduleFeature()).isEqualTo("samenspel-beschermd-wonen");
        assertThat(Gecodeerd.codes(Rol.class)).containsExactly("beheerder", "controller", "lezer");
        assertThat(Rol.CONTROLLER.naam()).isEqualTo("controller");
    }

    @Test
    void vanCodeVindtDeConstanteOfNiets() {
        assertThat(Domein.vanCode("beschermd-wonen")).contains(Domein.BESCHERMD_WONEN);
        assertThat(Gecodeerd.vanCode(Rol.class, "lezer")).contains(Rol.LEZER);
        assertThat(Domein.vanCode("BESCHERMD_WONEN")).isEmpty();
        assertThat(Domein.vanCode(null)).isEmpty();
    }
}
