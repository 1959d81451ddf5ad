package nl.samenspel.toegang.internal;

import nl.samenspel.testsupport.Testklok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwksbronTest {

    private static Tokenuitgever uitgever;

    private final Testklok klok = new Testklok();

    @BeforeAll
    static void sleutels() {
        uitgever = new Tokenuitgever("k1");
    }

    @TempDir
    Path map;

    /** The JWKS of the test's issuer ({@code k1}) in a file, and the source that reads it. */
    private Path jwks;
    private Jwksbron bron;

    @BeforeEach
    void jwksBestand() throws Exception {
        jwks = Files.writeString(map.resolve("jwks.json"), uitgever.jwksJson());
        bron = new Jwksbron(jwks.toString(), klok);
    }

    /** New content, with a modification time {@code laterMs} after the old one (0: the same time, as a quick rewrite can leave it). */
    private void herschrijf(String inhoud, long laterMs) throws Exception {
        FileTime tijd = Files.getLastModifiedTime(jwks);
        Files.writeString(jwks, inhoud);
        Files.setLastModifiedTime(jwks, FileTime.from(tijd.toInstant().plusMillis(laterMs)));
    }

    @Test
    void bestandWordtOpnieuwGelezenAlsHetVerandert() throws Exception {
        assertThat(bron.sleutels().getKey("k1")).isNotNull();

        herschrijf(new Tokenuitgever("k2").jwksJson(), 10_000);

        assertThat(bron.sleutels().getKey("k2")).isNotNull();
        assertThat(bron.sleutels().getKey("k1")).isNull();
    }

    @Test
    void onveranderdeWijzigingstijdLeestNietOpnieuw() throws Exception {
        bron.sleutels();

        herschrijf(new Tokenuitgever("k2").jwksJson(), 0);

        assertThat(bron.sleutels().getKey("k1")).isNotNull();
    }

    @Test
    void kapotBestandHoudtDeLaatsteGoedeSleutels() throws Exception {
        bron.sleutels();

        herschrijf("{ dit is geen JWKS", 10_000);

        assertThat(bron.sleutels().getKey("k1")).isNotNull();
    }

    @Test
    void ontbrekendBestandGeweigerd() {
        Jwksbron zonder = new Jwksbron(map.resolve("bestaat-niet.json").toString(), klok);

        assertThatThrownBy(zonder::sleutels).isInstanceOf(Tokencontrole.Geweigerd.class);
    }

    @Test
    void tokenControleMetEenJwksBestand() throws Exception {
        Tokencontrole metBestand = new Tokencontrole(Tokenuitgever.PROFIEL, bron, klok);

        assertThat(metBestand.controleer(uitgever.token(Tokenuitgever.claims(klok.instant()))).naam()).isEqualTo("token:rapportageclient");
    }

    @Test
    void httpGeweigerdInDeConstructor() {
        assertThatThrownBy(() -> new Jwksbron("http://idp.regio.example/jwks", klok)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Jwksbron("  http://idp.regio.example/jwks ", klok)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void httpsWordtAanvaard() {
        assertThat(new Jwksbron("https://idp.regio.example/jwks", klok)).isNotNull();
    }

    @Test
    void groterDanEenMiBGeweigerd() throws Exception {
        Files.writeString(jwks, " ".repeat(Jwksbron.MAXIMALE_GROOTTE) + uitgever.jwksJson());

        assertThatThrownBy(bron::sleutels).isInstanceOf(Tokencontrole.Geweigerd.class);
    }
}
