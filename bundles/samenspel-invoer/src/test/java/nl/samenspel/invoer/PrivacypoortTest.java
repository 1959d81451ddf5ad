package nl.samenspel.invoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrivacypoortTest {

    private static byte[] utf8(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void withoutTheKeyMessagesArchivesAndCsvWithAClientIdentifyingColumnAreRefusedUnread() {
        assertThat(Privacypoort.zonderSleutel(utf8("\uFEFF  <?xml version=\"1.0\"?><Bericht/>"))).hasValueSatisfying(r -> assertThat(r).contains("iJw"));
        assertThat(Privacypoort.zonderSleutel(new byte[] {'P', 'K', 3, 4, 0})).hasValueSatisfying(r -> assertThat(r).contains("ZIP"));
        assertThat(Privacypoort.zonderSleutel(new byte[] {'P', 'K', 5, 6})).as("an empty archive too").isPresent();
        assertThat(Privacypoort.zonderSleutel(utf8("gemeente;toewijzingnummer;BSN\n0148;1;123456782\n")))
                .hasValueSatisfying(r -> assertThat(r).contains("'bsn'").doesNotContain("123456782"));
        assertThat(Privacypoort.zonderSleutel(utf8("\"gemeente\",\"Geboortedatum\"\r\n0148,2009-04-17\r\n"))).isPresent();
        assertThat(Privacypoort.zonderSleutel(utf8("herkomstgemeente;achternaam\n"))).isPresent();
    }

    @Test
    void pseudonymsAndMasterDataPass() {
        assertThat(Privacypoort.zonderSleutel(utf8("gemeente;toewijzingnummer;client\n0148;1;" + "a".repeat(64) + "\n"))).isEmpty();
        assertThat(Privacypoort.zonderSleutel(utf8("agb;naam\n12345678;Zorg BV\n"))).as("a provider's name").isEmpty();
        assertThat(Privacypoort.zonderSleutel(new byte[0])).isEmpty();
    }

    @Test
    void onlyTheHeaderLineIsLookedAt() {
        assertThat(Privacypoort.zonderSleutel(utf8("agb;naam\nbsn;geboortedatum\n"))).isEmpty();
        assertThat(Privacypoort.vorm(utf8("a;b\n<x>\n"))).isEqualTo(Privacypoort.Vorm.CSV);
    }
}
