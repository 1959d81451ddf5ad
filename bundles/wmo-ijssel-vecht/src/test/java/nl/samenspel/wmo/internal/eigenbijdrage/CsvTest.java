package nl.samenspel.wmo.internal.eigenbijdrage;

import static nl.samenspel.wmo.internal.eigenbijdrage.Voorzieningen.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    /** A downloaded file's text after its byte order mark, which it must have. */
    static String tekst(byte[] bestand) {
        String tekst = new String(bestand, StandardCharsets.UTF_8);
        assertThat(tekst).startsWith("\uFEFF");
        return tekst.substring(1);
    }

    @Test
    void deStartStopLijstAlsCsv() throws Exception {
        CakLijst lijst = CakLijst.van(Bijdrageperioden.van(List.of(maatwerk("a", BEGELEIDING, "2025-03-10", "2025-08-31"))));
        String uit = tekst(CakLijstCsv.alsBestand(lijst.regels()));

        assertThat(uit).isEqualTo("""
                gemeente;maand;client;soort;datum;inningsmaand\r
                0193;2025-03;a;start;2025-03-10;2025-04\r
                0193;2025-08;a;stop;2025-08-31;2025-08\r
                """);
    }

    @Test
    void eenBestandIsUtf8MetByteOrderMark() {
        byte[] bestand = CakLijstCsv.alsBestand(List.of());

        assertThat(bestand).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bestand, StandardCharsets.UTF_8)).isEqualTo("\uFEFFgemeente;maand;client;soort;datum;inningsmaand\r\n");
        assertThat(new String(OpbrengstCsv.alsBestand(List.of()), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFgemeente;periode;clienten;clientmaanden;tarief;per;bedrag;status\r\n");
    }

    @Test
    void deOpbrengstAlsCsvLaatZonderTariefLeegEnNoemtDeBovengrens() throws Exception {
        Tarieven tarieven = new Tarieven(List.of(
                new Tarief(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 11, 30), 2100, Tariefeenheid.MAAND),
                new Tarief(LocalDate.of(2025, 12, 1), null, 2180, Tariefeenheid.MAAND)));
        Opbrengsten opbrengsten = new Opbrengsten(Bijdrageperioden.van(List.of(maatwerk("a", BEGELEIDING, "2025-05-10", null))), tarieven);
        String uit = tekst(OpbrengstCsv.alsBestand(opbrengsten.jaar(2025)));

        assertThat(uit).isEqualTo("""
                gemeente;periode;clienten;clientmaanden;tarief;per;bedrag;status\r
                0193;2025-01;0;0;;;;geen-tarief\r
                0193;2025-02;0;0;;;;geen-tarief\r
                0193;2025-03;0;0;;;;geen-tarief\r
                0193;2025-04;0;0;;;;geen-tarief\r
                0193;2025-05;0;0;;;;geen-tarief\r
                0193;2025-06;1;1;;;;geen-tarief\r
                0193;2025-07;1;1;2100;maand;2100;bovengrens\r
                0193;2025-08;1;1;2100;maand;2100;bovengrens\r
                0193;2025-09;1;1;2100;maand;2100;bovengrens\r
                0193;2025-10;1;1;2100;maand;2100;bovengrens\r
                0193;2025-11;1;1;2100;maand;2100;bovengrens\r
                0193;2025-12;1;1;2180;maand;2180;bovengrens\r
                0193;2025;1;7;;;12680;deels-geen-tarief\r
                """);
    }
}
