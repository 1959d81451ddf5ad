package nl.samenspel.uitwisseling.internal.knooppunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A node sends only to an https hub: a plain-http address is refused at configuration. */
class HubadresTest {

    @Test
    void anHttpsAddressIsTaken() {
        assertThat(KnooppuntUitwisseling.hubUrl(" https://hub.zwolle.nl:8443 ").getPort()).isEqualTo(8443);
    }

    @Test
    void httpAndMalformedAddressesAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> KnooppuntUitwisseling.hubUrl("http://localhost:8443")).hasMessageContaining("hubUrl")
                .hasMessageContaining("geen https-adres");
        assertThatThrownBy(() -> KnooppuntUitwisseling.hubUrl("https:///zonder-host")).hasMessageContaining("geen https-adres");
        assertThatThrownBy(() -> KnooppuntUitwisseling.hubUrl(null)).hasMessageContaining("geen https-adres");
    }
}
