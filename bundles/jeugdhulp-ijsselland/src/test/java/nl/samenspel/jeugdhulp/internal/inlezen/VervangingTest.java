package nl.samenspel.jeugdhulp.internal.inlezen;

import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.AGB;
import static nl.samenspel.jeugdhulp.internal.inlezen.Kleinedata.REGIONAAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.jeugdhulp.internal.Testomgeving;
import nl.samenspel.jeugdhulp.internal.domein.Zorg;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, point 5 for youth care: a stored allocation number is changed only when the line says
 * why (CSV {@code wijziging}, JW301 RedenWijziging), and a stored start or stop only with
 * StatusAanlevering 2; otherwise the file is refused whole, naming the stored record.
 */
class VervangingTest {

    private static final String KOP = "gemeente;toewijzingnummer;client;agb;categorie;productcode;ingangsdatum;einddatum;volume;eenheid;"
            + "frequentie;wijziging\n";


    @TempDir
    Path map;

    private static String regel(String einde, int volume, String wijziging) {
        return "0193;7;" + Kleinedata.client(7) + ";" + AGB + ";" + REGIONAAL + ";2016-03-01;" + einde + ";" + volume + ";14;1;" + wijziging + "\n";
    }

    private static Importresultaat lees(Kleinedata data, String... regels) throws Exception {
        return data.dienst.importeer(Importsoort.TOEWIJZINGEN, "toewijzingen.csv",
                (KOP + String.join("", regels)).getBytes(StandardCharsets.UTF_8));
    }

    private static Zorg.Toewijzing opgeslagen(JeugdhulpOpslag opslag, String gemeente, long nummer) throws Exception {
        Toewijzingsleutel sleutel = new Toewijzingsleutel(gemeente, nummer);
        return opslag.opgeslagen(List.of(sleutel)).get(sleutel).toewijzing();
    }

    @Test
    void theSameAllocationAgainChangesNothingAndOtherValuesNeedAWijziging() throws Exception {
        Kleinedata data = new Kleinedata(map);
        assertThat(lees(data, regel("2016-06-30", 1, "")).geaccepteerd()).isTrue();
        // a resent batch: the same values pass
        assertThat(lees(data, regel("2016-06-30", 1, "")).geaccepteerd()).isTrue();

        Importresultaat stil = lees(data, regel("2016-09-30", 1, ""));
        assertThat(stil.geaccepteerd()).isFalse();
        assertThat(stil.fouten()).singleElement().satisfies(f -> {
            assertThat(f.plaats()).isEqualTo("regel 2");
            assertThat(f.veld()).isEqualTo("toewijzingnummer");
            assertThat(f.melding()).contains("toewijzing 0193/7 is al opgeslagen (ingang 2016-03-01, product 43/43A01)")
                    .contains("wijkt af in einddatum").contains("wijziging").doesNotContain(Kleinedata.client(7));
        });
        assertThat(opgeslagen(data.opslag, "0193", 7).einde()).isEqualTo(LocalDate.of(2016, 6, 30));

        // einde moves the end and nothing else
        assertThat(lees(data, regel("2016-09-30", 1, "einde")).geaccepteerd()).isTrue();
        assertThat(opgeslagen(data.opslag, "0193", 7).einde()).isEqualTo(LocalDate.of(2016, 9, 30));
        Importresultaat meer = lees(data, regel("2016-10-31", 2, "einde"));
        assertThat(meer.fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("wijziging");
            assertThat(f.melding()).startsWith("einde wijzigt alleen de einddatum; ook anders: volume;").contains("correctie");
        });
        // correctie changes any field
        assertThat(lees(data, regel("2016-10-31", 2, "correctie")).geaccepteerd()).isTrue();
        Zorg.Toewijzing gecorrigeerd = opgeslagen(data.opslag, "0193", 7);
        assertThat(gecorrigeerd.volume()).isEqualTo(2);
        assertThat(gecorrigeerd.einde()).isEqualTo(LocalDate.of(2016, 10, 31));
    }

    @Test
    void aWijzigingNeedsAStoredAllocationAndAKnownCode() throws Exception {
        Kleinedata data = new Kleinedata(map);
        assertThat(lees(data, regel("2016-06-30", 1, "einde")).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("wijziging");
            assertThat(f.melding()).contains("er is geen opgeslagen toewijzing 0193/7 om te wijzigen");
        });
        assertThat(lees(data, regel("2016-06-30", 1, "vervanging")).fouten()).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("wijziging");
            assertThat(f.melding()).contains("alleen einde of correctie");
        });
    }

    @Test
    void aStoredStartOrStopChangesOnlyWithStatusAanlevering2() throws Exception {
        Kleinedata data = new Kleinedata(map);
        assertThat(lees(data, regel("2016-06-30", 1, "")).geaccepteerd()).isTrue();
        data.lees(Importsoort.START_ZORG, "gemeente;toewijzingnummer;begindatum\n0193;7;2016-03-01\n");
        // the same start again passes; another date without status 2 is refused, naming the stored start
        data.lees(Importsoort.START_ZORG, "gemeente;toewijzingnummer;begindatum\n0193;7;2016-03-01\n");
        Importresultaat anders = data.dienst.importeer(Importsoort.START_ZORG, "start.csv",
                "gemeente;toewijzingnummer;begindatum\n0193;7;2016-03-08\n".getBytes(StandardCharsets.UTF_8));
        assertThat(anders.fouten()).singleElement().satisfies(f -> assertThat(f.melding())
                .contains("is al gestart op 2016-03-01").contains("status 2"));
        data.lees(Importsoort.START_ZORG, "gemeente;toewijzingnummer;begindatum;status\n0193;7;2016-03-08;2\n");
        assertThat(data.opslag.opgeslagen(List.of(new Toewijzingsleutel("0193", 7))).values().iterator().next().startZorg())
                .isEqualTo(LocalDate.of(2016, 3, 8));
        // two starts of one allocation in one file: which one would count?
        Importresultaat twee = data.dienst.importeer(Importsoort.START_ZORG, "start.csv",
                "gemeente;toewijzingnummer;begindatum;status\n0193;7;2016-03-08;2\n0193;7;2016-03-09;2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(twee.fouten()).singleElement().satisfies(f -> assertThat(f.melding()).isEqualTo("komt ook voor op regel 2"));

        String stop = "gemeente;toewijzingnummer;einddatum;reden;status\n";
        data.lees(Importsoort.STOP_ZORG, stop + "0193;7;2016-05-31;02;\n");
        Importresultaat andereReden = data.dienst.importeer(Importsoort.STOP_ZORG, "stop.csv",
                (stop + "0193;7;2016-05-31;20;\n").getBytes(StandardCharsets.UTF_8));
        assertThat(andereReden.fouten()).singleElement().satisfies(f -> assertThat(f.melding())
                .contains("is al gestopt op 2016-05-31 (reden 02)"));
        data.lees(Importsoort.STOP_ZORG, stop + "0193;7;2016-05-30;20;2\n");
        assertThat(data.opslag.opgeslagen(List.of(new Toewijzingsleutel("0193", 7))).values().iterator().next().stopZorg())
                .isEqualTo(LocalDate.of(2016, 5, 30));
    }

    /** A changed JW301 says why with RedenWijziging: 14 (administratieve correctie) changes anything, any other reason the end only. */
    @Test
    void aJw301ChangeCarriesItsRedenWijziging() throws Exception {
        JeugdhulpDemo demo = Demolader.metBerichten(60, map);
        JeugdhulpOpslag opslag = Testomgeving.opslag();
        Importdienst dienst = Demolader.knooppunt(demo, opslag, map);
        String gemeente = demo.toewijzingen().get(0).gemeente();
        String bericht = new String(Demolader.eersteBericht(map, "jw301", gemeente), StandardCharsets.UTF_8);
        assertThat(dienst.importeer(Importsoort.TOEWIJZINGEN, "jw301.xml", utf8(bericht)).geaccepteerd()).isTrue();

        Matcher product = Pattern.compile("<ToewijzingNummer>(\\d+)</ToewijzingNummer>").matcher(bericht);
        assertThat(product.find()).isTrue();
        long nummer = Long.parseLong(product.group(1));
        Matcher einde = Pattern.compile("<Einddatum>([0-9-]+)</Einddatum>").matcher(bericht);
        assertThat(einde.find()).isTrue();
        LocalDate later = LocalDate.parse(einde.group(1)).plusDays(30);
        String verlengd = bericht.substring(0, einde.start()) + "<Einddatum>" + later + "</Einddatum>" + bericht.substring(einde.end());

        Importresultaat zonderReden = dienst.importeer(Importsoort.TOEWIJZINGEN, "jw301.xml", utf8(verlengd));
        assertThat(zonderReden.fouten()).anySatisfy(f -> assertThat(f.melding()).contains("wijkt af in einddatum").contains("RedenWijziging"));

        String metReden = verlengd.replaceFirst("</Einddatum>", "</Einddatum><RedenWijziging>04</RedenWijziging>");
        assertThat(dienst.importeer(Importsoort.TOEWIJZINGEN, "jw301.xml", utf8(metReden)).geaccepteerd()).isTrue();
        assertThat(opgeslagen(opslag, gemeente, nummer).einde()).isEqualTo(later);

        // a verlenging that also changes the product's volume is no verlenging; an administrative correction may
        Matcher volume = Pattern.compile("<ijw:Volume>(\\d+)</ijw:Volume>").matcher(metReden);
        assertThat(volume.find(einde.start())).as("the demo's first allocation has a volume").isTrue();
        int nieuw = Integer.parseInt(volume.group(1)) + 1;
        String groter = metReden.substring(0, volume.start()) + "<ijw:Volume>" + nieuw + "</ijw:Volume>" + metReden.substring(volume.end());
        assertThat(dienst.importeer(Importsoort.TOEWIJZINGEN, "jw301.xml", utf8(groter)).fouten())
                .anySatisfy(f -> assertThat(f.melding()).startsWith("einde wijzigt alleen de einddatum; ook anders: volume"));
        // a code outside LDT_RedenWijziging is named as the field it is, never guessed
        String onbekend = groter.replaceFirst("<RedenWijziging>04</RedenWijziging>", "<RedenWijziging>99</RedenWijziging>");
        assertThat(dienst.importeer(Importsoort.TOEWIJZINGEN, "jw301.xml", utf8(onbekend)).fouten())
                .anySatisfy(f -> assertThat(f.melding()).contains("geen iJw-RedenWijziging (01 tot en met 14)"));
        String correctie = groter.replaceFirst("<RedenWijziging>04</RedenWijziging>", "<RedenWijziging>14</RedenWijziging>");
        assertThat(dienst.importeer(Importsoort.TOEWIJZINGEN, "jw301.xml", utf8(correctie)).geaccepteerd()).isTrue();
        assertThat(opgeslagen(opslag, gemeente, nummer).volume()).isEqualTo(nieuw);
    }

    private static byte[] utf8(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }
}
