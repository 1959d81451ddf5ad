package nl.samenspel.wmo.internal.eigenbijdrage;

import static nl.samenspel.wmo.internal.eigenbijdrage.Voorzieningen.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class OpbrengstenTest {

    private static final Tarieven TARIEVEN = Tarieven.lees(TariefbestandTest.GELEVERD);

    @Test
    void eenMaandtariefKeerDePlichtigeClienten() {
        Opbrengsten opbrengsten = opbrengsten(TARIEVEN,
                maatwerk("a", BEGELEIDING, "2024-11-20", null),
                maatwerk("b", HUISHOUDEN, "2025-02-03", "2025-04-30"));

        Jaaropbrengst jaar = opbrengsten.jaar(ZWOLLE, 2025);

        assertThat(jaar.maanden()).extracting(Maandopbrengst::clienten).containsExactly(1L, 1L, 2L, 2L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
        assertThat(jaar.maanden()).extracting(m -> m.bedrag().getAsLong())
                .containsExactly(2100L, 2100L, 4200L, 4200L, 2100L, 2100L, 2100L, 2100L, 2100L, 2100L, 2100L, 2100L);
        assertThat(jaar.bedrag()).hasValue(29_400);
        assertThat(jaar.clienten()).isEqualTo(2);
        assertThat(jaar.clientmaanden()).isEqualTo(14);
        assertThat(jaar.status()).isEqualTo(Opbrengststatus.BOVENGRENS);
        assertThat(jaar.bovengrens()).isTrue();
        assertThat(jaar.maanden()).allSatisfy(m -> assertThat(m.bovengrens()).isTrue());
        // December 2024 at the 2024 rate
        assertThat(opbrengsten.jaar(ZWOLLE, 2024).bedrag()).hasValue(2060);
    }

    @Test
    void eenJaarZonderTariefHeeftGeenBedragMaarWelClienten() {
        Jaaropbrengst jaar = opbrengsten(TARIEVEN, maatwerk("a", BEGELEIDING, "2018-06-01", "2019-01-31")).jaar(ZWOLLE, 2018);

        assertThat(jaar.bedrag()).isEmpty();
        assertThat(jaar.status()).isEqualTo(Opbrengststatus.GEEN_TARIEF);
        assertThat(jaar.bovengrens()).isFalse();
        assertThat(jaar.clientmaanden()).isEqualTo(6);
        assertThat(jaar.maanden()).allSatisfy(m -> {
            assertThat(m.bedrag()).isEmpty();
            assertThat(m.tarief()).isEmpty();
            assertThat(m.status()).isEqualTo(Opbrengststatus.GEEN_TARIEF);
        });
        assertThat(jaar.maanden().get(6).clienten()).isEqualTo(1);
    }

    @Test
    void eenJaarMetEenDeelZonderTariefTeltAlleenDeMaandenMetTarief() {
        Tarieven vanafJuli = new Tarieven(List.of(new Tarief(LocalDate.of(2019, 7, 1), null, 1900, Tariefeenheid.MAAND)));

        Jaaropbrengst jaar = opbrengsten(vanafJuli, maatwerk("a", BEGELEIDING, "2018-12-10", null)).jaar(ZWOLLE, 2019);

        assertThat(jaar.status()).isEqualTo(Opbrengststatus.DEELS_GEEN_TARIEF);
        assertThat(jaar.bedrag()).hasValue(6 * 1900);
        assertThat(jaar.clientmaanden()).isEqualTo(12);
        assertThat(jaar.maanden().get(5).bedrag()).isEmpty();
        assertThat(jaar.maanden().get(6).bedrag()).hasValue(1900);
    }

    @Test
    void hetVierwekentariefIsDertienTwaalfdeEenKeerAfgerondPerGemeenteEnJaar() {
        // three clients, 5 + 4 + 2 = 11 client months: 11 × 1750 × 13 / 12 = 20854.17 cent
        Jaaropbrengst jaar = opbrengsten(TARIEVEN,
                maatwerk("a", BEGELEIDING, "2019-01-05", "2019-06-30"),
                maatwerk("b", HUISHOUDEN, "2019-08-05", null),
                maatwerk("c", HUISHOUDEN, "2019-10-05", "2019-12-01")).jaar(ZWOLLE, 2019);

        assertThat(jaar.clientmaanden()).isEqualTo(11);
        assertThat(jaar.bedrag()).hasValue(20_854);
        assertThat(jaar.maanden().stream().mapToLong(m -> m.bedrag().getAsLong()).sum()).isEqualTo(20_854);
        // rounding each client month would give 11 × 1896 = 20856: two cents too much
        assertThat(jaar.maanden()).extracting(m -> m.bedrag().getAsLong())
                .containsExactly(0L, 1896L, 1896L, 1896L, 1895L, 1896L, 0L, 0L, 1896L, 1896L, 3792L, 3791L);
    }

    @Test
    void eenGemeenteZonderPlichtigenHeeftNulMetTarief() {
        Jaaropbrengst jaar = opbrengsten(TARIEVEN, maatwerk("a", BEGELEIDING, "2025-01-10", null)).jaar(KAMPEN, 2025);

        assertThat(jaar.bedrag()).isEqualTo(OptionalLong.of(0));
        assertThat(jaar.clienten()).isZero();
        assertThat(jaar.status()).isEqualTo(Opbrengststatus.BOVENGRENS);
    }

    @Test
    void elkeGemeenteMetPlichtigenOpVolgorde() {
        Opbrengsten opbrengsten = opbrengsten(TARIEVEN,
                maatwerk("a", BEGELEIDING, "2025-01-10", null),
                in(KAMPEN, maatwerk("b", BEGELEIDING, "2025-05-10", "2025-06-30")));

        assertThat(opbrengsten.jaar(2025)).extracting(Jaaropbrengst::gemeente, j -> j.bedrag().getAsLong())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(KAMPEN, 2100L), org.assertj.core.groups.Tuple.tuple(ZWOLLE, 11 * 2100L));
    }

    @Test
    void eenClientMetTweePeriodenInEenJaarTeltEenKeerAlsClient() {
        Jaaropbrengst jaar = opbrengsten(TARIEVEN,
                maatwerk("a", BEGELEIDING, "2025-01-10", "2025-03-31"),
                maatwerk("a", BEGELEIDING, "2025-06-10", "2025-07-31")).jaar(ZWOLLE, 2025);

        assertThat(jaar.clienten()).isEqualTo(1);
        assertThat(jaar.clientmaanden()).isEqualTo(3);
    }

    private static Opbrengsten opbrengsten(Tarieven tarieven, Voorzieningsperiode... voorzieningen) {
        return new Opbrengsten(Bijdrageperioden.van(List.of(voorzieningen)), tarieven);
    }
}
