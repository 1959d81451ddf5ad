package nl.samenspel.wmo.internal.eigenbijdrage;

import static nl.samenspel.wmo.internal.eigenbijdrage.Voorzieningen.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BijdrageplichtTest {

    @ParameterizedTest
    @ValueSource(strings = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14"})
    void elkeMaatwerkvoorzieningBehalveRolstoelenTelt(String categorie) {
        assertThat(Bijdrageplicht.geldtVoor(maatwerk("a", categorie, "2025-01-01", null))).isTrue();
    }

    /** Beschermd wonen and opvang have their own income-dependent bijdrage, not the abonnementstarief. */
    @ParameterizedTest
    @ValueSource(strings = {"15", "16", "17", "18"})
    void beschermdWonenEnOpvangVallenBuitenHetAbonnementstarief(String categorie) {
        assertThat(Bijdrageplicht.geldtVoor(maatwerk("a", categorie, "2025-01-01", null))).isFalse();
    }

    @Test
    void eenRolstoelTeltNooit() {
        assertThat(Bijdrageplicht.geldtVoor(maatwerk("a", ROLSTOELEN, "2025-01-01", null))).isFalse();
        assertThat(Bijdrageplicht.geldtVoor(minderjarig("a", ROLSTOELEN, "2025-01-01", null))).isFalse();
    }

    @Test
    void eenAlgemeneVoorzieningTeltNooit() {
        assertThat(Bijdrageplicht.geldtVoor(algemeen("a", DAGBESTEDING, "2025-01-01", null))).isFalse();
        assertThat(Bijdrageplicht.geldtVoor(algemeen("a", WOONVOORZIENINGEN, "2025-01-01", null))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "02", "03", "07", "11", "12", "14"})
    void voorEenMinderjarigeTeltAlleenEenWoonvoorziening(String categorie) {
        assertThat(Bijdrageplicht.geldtVoor(minderjarig("a", categorie, "2025-01-01", null))).isFalse();
        assertThat(Bijdrageplicht.geldtVoor(minderjarig("a", WOONVOORZIENINGEN, "2025-01-01", null))).isTrue();
    }

    @Test
    void eenVoorzieningMetOnbekendeCategorieOfEindeVoorIngangBestaatNiet() {
        assertThatThrownBy(() -> maatwerk("a", "19", "2025-01-01", null)).hasMessageContaining("categorie 19");
        assertThatThrownBy(() -> maatwerk("a", "02", "2025-01-02", "2025-01-01")).hasMessageContaining("ligt voor ingang");
        assertThatThrownBy(() -> new Voorzieningsperiode("0193", " ", "02", true, false, LocalDate.of(2025, 1, 1), null))
                .hasMessageContaining("client");
    }
}
