package nl.samenspel.api.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LidmaatschapTest {

    private static Lidmaatschap lid(String van, String tot) {
        return new Lidmaatschap("r", "0244", LocalDate.parse(van), tot == null ? null : LocalDate.parse(tot));
    }

    @Test
    void bothEndsAreInclusive() {
        Lidmaatschap l = lid("2015-01-01", "2023-12-31");
        assertThat(l.isGeldigOp(LocalDate.parse("2015-01-01"))).isTrue();
        assertThat(l.isGeldigOp(LocalDate.parse("2023-12-31"))).isTrue();
        assertThat(l.isGeldigOp(LocalDate.parse("2024-01-01"))).isFalse();
        assertThat(l.isGeldigOp(LocalDate.parse("2014-12-31"))).isFalse();
    }

    @Test
    void openEndRunsForever() {
        assertThat(lid("2015-01-01", null).isGeldigOp(LocalDate.parse("2999-01-01"))).isTrue();
    }

    @Test
    void overlapIncludesASharedDay() {
        assertThat(lid("2015-01-01", "2016-12-31").overlaptMet(lid("2016-12-31", null))).isTrue();
        assertThat(lid("2015-01-01", "2016-12-31").overlaptMet(lid("2017-01-01", null))).isFalse();
        assertThat(lid("2017-01-01", null).overlaptMet(lid("2015-01-01", null))).isTrue();
    }

    @Test
    void yearMembership() {
        assertThat(lid("2015-01-01", "2023-12-31").isGeldigInJaar(2023)).isTrue();
        assertThat(lid("2015-01-01", "2023-12-31").isGeldigInJaar(2024)).isFalse();
        assertThat(lid("2023-07-01", null).isGeldigInJaar(2023)).isTrue();
    }

    @Test
    void endBeforeStartIsRefused() {
        assertThatThrownBy(() -> lid("2016-01-01", "2015-12-31")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The member days of a period: each membership's overlap; a gemeente that leaves and rejoins has two. */
    @Test
    void daysCoveredWithinThePeriod() {
        LocalDate jan1 = LocalDate.of(2023, 1, 1);
        LocalDate dec31 = LocalDate.of(2023, 12, 31);
        assertThat(Lidmaatschap.dagenLid(List.of(lid("2015-01-01", null)), jan1, dec31)).isEqualTo(365);
        assertThat(Lidmaatschap.dagenLid(List.of(lid("2015-01-01", "2023-06-30")), jan1, dec31)).isEqualTo(181);
        // left on 31 March, back from 1 October: 90 + 92 days
        assertThat(Lidmaatschap.dagenLid(List.of(lid("2015-01-01", "2023-03-31"), lid("2023-10-01", null)), jan1, dec31)).isEqualTo(182);
        assertThat(Lidmaatschap.dagenLid(List.of(lid("2024-01-01", null)), jan1, dec31)).isZero();
        assertThat(Lidmaatschap.dagenLid(List.of(), jan1, dec31)).isZero();
        assertThat(Lidmaatschap.dagenLid(List.of(lid("2023-06-30", "2023-06-30")), jan1, dec31)).isEqualTo(1);
    }

    /** Since when not a member: the day after the last end before the day; null on a member day; the fallback when none ended yet. */
    @Test
    void noMemberSince() {
        LocalDate anders = LocalDate.of(2020, 1, 1);
        List<Lidmaatschap> weg = List.of(lid("2015-01-01", "2019-12-31"), lid("2021-01-01", "2023-12-31"));
        assertThat(Lidmaatschap.geenLidSinds(weg, LocalDate.of(2023, 12, 31), anders)).isNull();
        assertThat(Lidmaatschap.geenLidSinds(weg, LocalDate.of(2024, 1, 1), anders)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Lidmaatschap.geenLidSinds(weg, LocalDate.of(2025, 6, 1), anders)).isEqualTo(LocalDate.of(2024, 1, 1));
        // between the two memberships
        assertThat(Lidmaatschap.geenLidSinds(weg, LocalDate.of(2020, 6, 1), anders)).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(Lidmaatschap.geenLidSinds(weg, LocalDate.of(2014, 6, 1), anders)).isEqualTo(anders);
        assertThat(Lidmaatschap.geenLidSinds(List.of(), LocalDate.of(2014, 6, 1), anders)).isEqualTo(anders);
    }
}
