package nl.samenspel.toegang.internal;

import nl.samenspel.testsupport.Testklok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwksbronTest {

    private static Tokenuitgever uitgever;

    private final Testklok klok = new Testklok();

    @BeforeAll
    static void sleutels() {
        uitgever = new Tokenuitgever("k1");
    }

    /** The JWKS of the test's issuer ({@code k1}) in a file. */
    private static Path jwks(Path map) throws Exception {
        Path jwks = map.resolve("jwks.json");
        Files.writeString(jwks, uitgever.jwksJson());
        return jwks;
    }

    /** New content, with a modification time {@code laterMs} after the old one (0: the same time, as a quick rewrite can leave it). */
    private static void herschrijf(Path jwks, String inhoud, long laterMs) throws Exception {
        FileTime tijd = Files.getLastModifiedTime(jwks);
        Files.writeString(jwks, inhoud);
        Files.setLastModifiedTime(jwks, FileTime.from(tijd.toInstant().plusMillis(laterMs)));
    }

    @Test
    void bestandWordtOpnieuwGelezenAlsHetVerandert(@TempDir Path map) throws Exception {
        Path jwks = jwks(map);
        Jwksbron bron = new Jwksbron(jwks.toString(), klok);
        assertThat(bron.sleutels().getKey("k1")).isNotNull();

        herschrijf(jwks, new Tokenuitgever("k2").jwksJson(), 10_000);

        assertThat(bron.sleutels().getKey("k2")).isNotNull();
        assertThat(bron.sleutels().getKey("k1")).isNull();
    }

    @Test
    void onveranderdeWijzigingstijdLeestNietOpnieuw(@TempDir Path map) throws Exception {
        Path jwks = jwks(map);
        Jwksbron bron = new Jwksbron(jwks.toString(), klok);
        bron.sleutels();

        herschrijf(jwks, new Tokenuitgever("k2").jwksJson(), 0);

        assertThat(bron.sleutels().getKey("k1")).isNotNull();
    }

    @Test
    void kapotBestandHoudtDeLaatsteGoedeSleutels(@TempDir Path map) throws Exception {
        Path jwks = jwks(map);
        Jwksbron bron = new Jwksbron(jwks.toString(), klok);
        bron.sleutels();

        herschrijf(jwks, "{ dit is geen JWKS", 10_000);

        assertThat(bron.sleutels().getKey("k1")).isNotNull();
    }

    @Test
    void ontbrekendBestandGeweigerd(@TempDir Path map) {
        Jwksbron bron = new Jwksbron(map.resolve("bestaat-niet.json").toString(), klok);

        assertThatThrownBy(bron::sleutels).isInstanceOf(Tokencontrole.Geweigerd.class);
    }

    @Test
    void tokenControleMetEenJwksBestand(@TempDir Path map) throws Exception {
        Path jwks = jwks(map);
        Tokencontrole metBestand = new Tokencontrole(Tokenuitgever.PROFIEL, new Jwksbron(jwks.toString(), klok), klok);

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
    void groterDanEenMiBGeweigerd(@TempDir Path map) throws Exception {
        Path jwks = map.resolve("jwks.json");
        Files.writeString(jwks, " ".repeat(Jwksbron.MAXIMALE_GROOTTE) + uitgever.jwksJson());

        assertThatThrownBy(new Jwksbron(jwks.toString(), klok)::sleutels).isInstanceOf(Tokencontrole.Geweigerd.class);
    }
}
