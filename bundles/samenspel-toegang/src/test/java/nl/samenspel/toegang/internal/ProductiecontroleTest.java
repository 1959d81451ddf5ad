package nl.samenspel.toegang.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductiecontroleTest {

    /** Fast hashes: the check reads the iteration count from the stored form. */
    private static final int SNEL = 10_000;
    private static final Path TEST_PKI = Path.of("../../pki/maak-test-pki.sh");
    private static final Path TEST_PKI_MAP = Path.of("target/test-pki");

    @TempDir
    Path map;

    private Path gebruikers(String... regels) throws Exception {
        Path bestand = map.resolve("samenspel-gebruikers.properties");
        Files.write(bestand, List.of(regels), StandardCharsets.UTF_8);
        return bestand;
    }

    private static String crypt(String wachtwoord) {
        return "{CRYPT}" + Pbkdf2Versleuteling.versleutel(wachtwoord, SNEL) + "{CRYPT}";
    }

    private static List<String> bezwaren(Path gebruikersbestand) {
        return Productiecontrole.bezwaren(gebruikersbestand, List.of(), null);
    }

    @Test
    void gehashtStandaardwachtwoordNoemtDeGebruiker() throws Exception {
        Path bestand = gebruikers(
                "anna = " + crypt("Een-eigen-sterk-wachtwoord-2026") + ",controller",
                "beheer = " + crypt("samenspel") + ",beheerder,ssh");

        assertThat(bezwaren(bestand)).singleElement().asString()
                .contains("gebruiker beheer").contains("standaardwachtwoord").doesNotContain("anna");
    }

    @Test
    void wachtwoordGelijkAanDeNaamIsEenBezwaar() throws Exception {
        assertThat(bezwaren(gebruikers("kees = " + crypt("kees") + ",lezer"))).singleElement().asString().contains("gebruiker kees");
    }

    @Test
    void onversleuteldWachtwoordIsEenBezwaar() throws Exception {
        Path bestand = gebruikers("karaf = Zeer-lang-en-sterk-maar-leesbaar-2026,beheerder");

        assertThat(bezwaren(bestand)).singleElement().asString().contains("gebruiker karaf").contains("geen gehasht wachtwoord");
    }

    @Test
    void demomarkeringIsEenBezwaar() throws Exception {
        Path bestand = gebruikers(
                "# demo van ./samenspel: niet voor productie",
                "anna = " + crypt("Een-eigen-sterk-wachtwoord-2026") + ",controller");

        assertThat(bezwaren(bestand)).singleElement().asString().contains("door ./samenspel gemaakt");
    }

    @Test
    void schoonBestandMetSterkWachtwoordGeenBezwaar() throws Exception {
        Path bestand = gebruikers(
                "# gebruikers van de regio",
                "anna = " + crypt("Een-eigen-sterk-wachtwoord-2026") + ",controller",
                "_g_\\:beheer = beheerder,ssh");

        assertThat(bezwaren(bestand)).isEmpty();
    }

    @Test
    void ontbrekendBestandGeenBezwaar() {
        assertThat(Productiecontrole.bezwaren(map.resolve("bestaat-niet"), List.of(), map.resolve("ook-niet"))).isEmpty();
        assertThat(Productiecontrole.bezwaren(null, List.of(), null)).isEmpty();
    }

    @Test
    void testPkiWachtwoordEnCertificaat() throws Exception {
        assumeThat(Programma.opPad("keytool")).as("keytool op het PATH").isTrue();
        Path server = testPki().resolve("server.p12");

        List<String> bezwaren = Productiecontrole.bezwaren(null,
                List.of(new Productiecontrole.Opslag("sleutelopslag van de uitwisselingspoort", server, "samenspel-test")), null);

        assertThat(bezwaren).hasSize(2);
        assertThat(bezwaren.get(0)).contains("wachtwoord is dat van de test-PKI");
        assertThat(bezwaren.get(1)).contains("certificaat van de test-PKI").contains("alias server");

        // the same certificate under an own password is still a test-PKI certificate
        Path herverpakt = herverpak(server, "samenspel-test", "Een-eigen-opslagwachtwoord-2026");
        assertThat(Productiecontrole.bezwaren(null,
                List.of(new Productiecontrole.Opslag("sleutelopslag", herverpakt, "Een-eigen-opslagwachtwoord-2026")), null))
                .singleElement().asString().contains("certificaat van de test-PKI");

        // and a store opened with the wrong password is reported, not thrown
        assertThat(Productiecontrole.bezwaren(null, List.of(new Productiecontrole.Opslag("sleutelopslag", herverpakt, "fout")), null))
                .singleElement().asString().contains("niet te openen");
    }

    @Test
    void demoPseudoniemsleutelIsEenBezwaar() throws Exception {
        Path sleutel = map.resolve("pseudoniem.key");
        Files.writeString(sleutel, "# demo van ./samenspel\nq0m3Zq5yJ5m6Qj3Q0Ue0eQ8i8Nq4H6bZ3yJr9tXwY1A=\n", StandardCharsets.US_ASCII);

        assertThat(Productiecontrole.bezwaren(null, List.of(), sleutel)).singleElement().asString().contains("demosleutel");
    }

    @Test
    void eigenPseudoniemsleutelGeenBezwaar() throws Exception {
        Path sleutel = map.resolve("pseudoniem.key");
        Files.writeString(sleutel, "q0m3Zq5yJ5m6Qj3Q0Ue0eQ8i8Nq4H6bZ3yJr9tXwY1A=\n", StandardCharsets.US_ASCII);

        assertThat(Productiecontrole.bezwaren(null, List.of(), sleutel)).isEmpty();
    }

    /**
     * The test PKI as pki/maak-test-pki.sh makes it. Making it starts keytool some fifteen times
     * (about ten seconds), so it is made once under target/ and reused until {@code mvn clean}.
     */
    private static Path testPki() throws Exception {
        Path pki = TEST_PKI_MAP.toAbsolutePath();
        if (!Files.isRegularFile(pki.resolve("server.p12"))) {
            Process p = new ProcessBuilder("bash", TEST_PKI.toString(), pki.toString()).redirectErrorStream(true).start();
            String uitvoer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("maak-test-pki.sh klaar").isTrue();
            assertThat(p.exitValue()).as(uitvoer).isZero();
        }
        return pki;
    }

    private Path herverpak(Path bron, String oud, String nieuw) throws Exception {
        KeyStore in = KeyStore.getInstance("PKCS12");
        try (InputStream s = Files.newInputStream(bron)) {
            in.load(s, oud.toCharArray());
        }
        KeyStore uit = KeyStore.getInstance("PKCS12");
        uit.load(null, null);
        for (String alias : Collections.list(in.aliases())) {
            Key sleutel = in.getKey(alias, oud.toCharArray());
            uit.setKeyEntry(alias, sleutel, nieuw.toCharArray(), in.getCertificateChain(alias));
        }
        Path doel = map.resolve("herverpakt.p12");
        try (OutputStream s = Files.newOutputStream(doel)) {
            uit.store(s, nieuw.toCharArray());
        }
        return doel;
    }
}
