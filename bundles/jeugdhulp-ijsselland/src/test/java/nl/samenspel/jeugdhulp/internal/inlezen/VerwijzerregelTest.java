package nl.samenspel.jeugdhulp.internal.inlezen;

import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.AGB;
import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.REGIONAAL;
import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.jeugdhulp.internal.Testomgeving;
import nl.samenspel.jeugdhulp.internal.controle.Waarschuwingen;
import nl.samenspel.jeugdhulp.internal.monitoring.Overzichten;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, point 3: a referrer without a referral date (allocation 1773/19010 of the controller's
 * dataset) is accepted with a warning, and counts as {@code onbekend}, as docs/jeugdhulp.md says.
 */
class VerwijzerregelTest {

    @TempDir
    Path map;

    @Test
    void aReferrerWithoutReferralDateIsAcceptedWithAWarningAndCountsAsUnknown() throws Exception {
        Kleinedata data = new Kleinedata(map);
        Importresultaat r = data.toewijzingen(
                toewijzing("1773", 19010, AGB, REGIONAAL, "2016-03-01", "2016-06-30", 1, "1", "", "huisarts"),
                toewijzing("1773", 19011, AGB, REGIONAAL, "2016-03-01", "2016-06-30", 1, "1", "2016-02-01", "huisarts"),
                toewijzing("1773", 19012, AGB, REGIONAAL, "2016-03-01", "2016-06-30", 1, "1", "", ""));
        assertThat(r.geaccepteerd()).isTrue();
        assertThat(r.records()).isEqualTo(3);
        // one warning, on the line and field, with no client pseudonym or number in it; no date and no referrer is no warning
        assertThat(r.waarschuwingen()).singleElement().satisfies(w -> {
            assertThat(w.plaats()).isEqualTo("regel 2");
            assertThat(w.veld()).isEqualTo("aanmelddatum");
            assertThat(w.melding()).isEqualTo(Waarschuwingen.VERWIJZER_ZONDER_AANMELDDATUM).doesNotContain(Kleinedata.client(19010))
                    .doesNotContain("19010");
        });
        // the report (REST answer and import log) carries it
        assertThat(r.rapport()).contains("WAARSCHUWING regel 2, aanmelddatum:");
        assertThat(data.opslag.logboek().importregel(r.importId()).orElseThrow().rapport()).isEqualTo(r.rapport())
                .doesNotContain(Kleinedata.client(19010));

        Overzichten.Verwijzerregel olst = data.monitoring.verwijzers(Testomgeving.REGISTER, 2016).gemeenten().stream()
                .filter(g -> g.gemeente().equals("1773")).findFirst().orElseThrow();
        assertThat(olst.aantallen().get("huisarts")).isEqualTo(1);
        assertThat(olst.bekend()).isEqualTo(1);
        assertThat(olst.onbekend()).isEqualTo(2);
        assertThat(olst.aandeelHuisarts()).isEqualTo("100.0");
    }

    @Test
    void aFileWithoutThatCombinationHasNoWarningsAndNoReport() throws Exception {
        Kleinedata data = new Kleinedata(map);
        Importresultaat r = data.toewijzingen(toewijzing("0193", 1, AGB, REGIONAAL, "2016-03-01", "2016-06-30", 1, "1", "2016-02-01", "rechter"));
        assertThat(r.waarschuwingen()).isEmpty();
        assertThat(data.opslag.logboek().importregel(r.importId()).orElseThrow().rapport()).isNull();
    }
}
