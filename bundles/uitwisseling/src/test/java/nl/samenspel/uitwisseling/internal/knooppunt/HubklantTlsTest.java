package nl.samenspel.uitwisseling.internal.knooppunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The node's TLS against an HTTPS server on loopback that demands a client certificate, with
 * certificates made for the test: every failure is named in Dutch the way the sender records it
 * (a named TLS cause as it is, anything else after {@code "geen verbinding met de hub: "}), and stores renewed on disk are used by the
 * next request of the same client, without a restart.
 */
class HubklantTlsTest {

    private static final String CSV = "gemeente;toewijzingnummer;client\n0166;T1;ps-1\n";

    @TempDir
    static Path pkimap;
    private static Testpki pki;

    @TempDir
    Path werk;
    private Testhub hub;

    @BeforeAll
    static void pki() throws Exception {
        pki = Testpki.maak(pkimap);
    }

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    private Testhub hub(String sleutelopslag, String vertrouwensopslag, String protocol) throws Exception {
        hub = new Testhub(pki.pad(sleutelopslag), pki.pad(vertrouwensopslag), protocol);
        return hub;
    }

    private Hubklant klant(Path sleutelopslag, Path vertrouwensopslag) {
        return new Hubklant(hub.adres(), new Tlsbestanden(sleutelopslag, vertrouwensopslag, Testpki.WACHTWOORD), Duration.ofSeconds(10));
    }

    private Hubklant klant(String sleutelopslag, String vertrouwensopslag) {
        return klant(pki.pad(sleutelopslag), pki.pad(vertrouwensopslag));
    }

    private static Hubverbinding.Antwoord stuur(Hubklant klant) throws Exception {
        return klant.verstuur("jeugdhulp", "toewijzingen", "sleutel-1", CSV);
    }

    /** What the sender records and logs for a request that threw (Verzender). */
    private static String zoalsDeVerzender(Throwable fout) {
        return fout instanceof Tlsfout ? fout.getMessage() : "geen verbinding met de hub: " + fout;
    }

    private static String tijd(Date datum) {
        return datum.toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private Path kopie(String naam, String bron) throws IOException {
        return Files.copy(pki.pad(bron), werk.resolve(naam), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void validCertificatesOnBothSidesSend() throws Exception {
        hub("hub.p12", "vertrouwen.p12", "TLSv1.3");

        assertThat(stuur(klant("knooppunt.p12", "vertrouwen.p12")).status()).isEqualTo(201);
        assertThat(hub.klanten()).singleElement().extracting(c -> c.getSubjectX500Principal().getName()).asString().contains("Gemeente Kampen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void anExpiredOwnCertificateIsNamedWithTheDateItExpired(String protocol) throws Exception {
        hub("hub.p12", "vertrouwen.p12", protocol);
        X509Certificate verlopen = pki.certificaat("knooppunt-verlopen.p12");

        Throwable fout = catchThrowable(() -> stuur(klant("knooppunt-verlopen.p12", "vertrouwen.p12")));

        assertThat(fout).isInstanceOf(IOException.class);
        assertThat(zoalsDeVerzender(fout)).startsWith("TLS: ons certificaat is verlopen op " + tijd(verlopen.getNotAfter())
                + " (CN=Samenspel knooppunt Kampen, O=Gemeente Kampen, SERIALNUMBER=" + Testpki.OIN_KAMPEN).contains("knooppunt-verlopen.p12");
    }

    @Test
    void anOwnCertificateNotValidYetIsNamedWithTheDateItStarts() throws Exception {
        hub("hub.p12", "vertrouwen.p12", "TLSv1.3");
        X509Certificate later = pki.certificaat("knooppunt-later.p12");

        Throwable fout = catchThrowable(() -> stuur(klant("knooppunt-later.p12", "vertrouwen.p12")));

        assertThat(zoalsDeVerzender(fout)).startsWith("TLS: ons certificaat is pas geldig vanaf " + tijd(later.getNotBefore()));
    }

    @Test
    void aHubCertificateOfACaNotInOurTrustStoreIsAnUnknownCa() throws Exception {
        hub("hub.p12", "vertrouwen.p12", "TLSv1.3");

        Throwable fout = catchThrowable(() -> stuur(klant("knooppunt.p12", "vreemd-vertrouwen.p12")));

        assertThat(zoalsDeVerzender(fout)).startsWith("TLS: onbekende CA: het certificaat van de hub (CN=localhost,"
                + " O=Gemeente Zwolle, SERIALNUMBER=" + Testpki.OIN_ZWOLLE + ", C=NL) is uitgegeven door CN=Samenspel test-CA")
                .contains("vreemd-vertrouwen.p12");
    }

    @Test
    void anExpiredHubCertificateIsNamedWithItsDate() throws Exception {
        hub("hub-verlopen.p12", "vertrouwen.p12", "TLSv1.3");
        X509Certificate verlopen = pki.certificaat("hub-verlopen.p12");

        Throwable fout = catchThrowable(() -> stuur(klant("knooppunt.p12", "vertrouwen.p12")));

        assertThat(zoalsDeVerzender(fout)).startsWith("TLS: het certificaat van de hub (CN=localhost")
                .contains("is verlopen op " + tijd(verlopen.getNotAfter()));
    }

    @Test
    void aHubCertificateForAnotherNameIsAWrongIdentity() throws Exception {
        hub("hub-andere-naam.p12", "vertrouwen.p12", "TLSv1.3");

        Throwable fout = catchThrowable(() -> stuur(klant("knooppunt.p12", "vertrouwen.p12")));

        assertThat(zoalsDeVerzender(fout)).contains("TLS: het certificaat van de hub (CN=localhost")
                .contains("hoort niet bij het adres 127.0.0.1 uit hubUrl (namen in het certificaat: dns:andere-hub.example)");
    }

    @Test
    void aHubThatDoesNotTrustOurCaIsNamedWithTheCasItAsksFor() throws Exception {
        hub("hub.p12", "vreemd-vertrouwen.p12", "TLSv1.3");

        Throwable fout = catchThrowable(() -> stuur(klant("knooppunt.p12", "vertrouwen.p12")));

        assertThat(zoalsDeVerzender(fout)).startsWith("TLS: de hub vertrouwt de CA van ons certificaat niet:"
                + " de hub vraagt een certificaat van CN=Vreemde CA, O=Elders, C=NL").contains("is uitgegeven door CN=Samenspel test-CA");
    }

    @Test
    void aHubThatDoesNotKnowOurOinIsNamedWithTheOinInOurCertificate() throws Exception {
        hub("hub.p12", "vertrouwen.p12", "TLSv1.3");
        String probleem = "{\"title\":\"Onbekend certificaat\",\"status\":403,\"detail\":\"OIN " + Testpki.OIN_KAMPEN
                + " is van geen gemeente in het register (regional-config/gemeenten.csv)\"}";
        hub.antwoord(403, probleem);

        Hubverbinding.Antwoord antwoord = stuur(klant("knooppunt.p12", "vertrouwen.p12"));

        assertThat(antwoord.status()).isEqualTo(403);
        assertThat(antwoord.geweigerd()).as("een 403 blijft een fout die de beheerder herstelt: opnieuw proberen").isFalse();
        assertThat(antwoord.body()).startsWith("de hub kent ons certificaat niet als gemeente: OIN " + Testpki.OIN_KAMPEN + " (CN=Samenspel knooppunt Kampen")
                .endsWith("Antwoord van de hub: " + probleem);
    }

    @Test
    void aHubThatIsDownIsNotCalledATlsFailure() throws Exception {
        hub("hub.p12", "vertrouwen.p12", "TLSv1.3");
        Hubklant klant = klant("knooppunt-verlopen.p12", "vertrouwen.p12");
        hub.close();

        Throwable fout = catchThrowable(() -> stuur(klant));

        assertThat(fout).isInstanceOf(ConnectException.class);
        assertThat(zoalsDeVerzender(fout)).doesNotContain("TLS");
    }

    @Test
    void aKeyStoreRenewedOnDiskIsUsedByTheNextRequestWithoutANewClient() throws Exception {
        hub("hub.p12", "vertrouwen.p12", "TLSv1.3");
        Path sleutelopslag = kopie("knooppunt.p12", "knooppunt-verlopen.p12");
        Hubklant klant = klant(sleutelopslag, pki.pad("vertrouwen.p12"));
        assertThat(zoalsDeVerzender(catchThrowable(() -> stuur(klant)))).contains("ons certificaat is verlopen op");

        kopie("knooppunt.p12", "knooppunt.p12");

        assertThat(stuur(klant).status()).isEqualTo(201);
        assertThat(hub.klanten()).singleElement().extracting(X509Certificate::getNotAfter)
                .isEqualTo(pki.certificaat("knooppunt.p12").getNotAfter());
        assertThat(klant.herlaadfout()).isEmpty();
    }

    @Test
    void aTrustStoreRenewedOnDiskIsUsedByTheNextRequest() throws Exception {
        hub("hub.p12", "vertrouwen.p12", "TLSv1.3");
        Path vertrouwensopslag = kopie("vertrouwen.p12", "vreemd-vertrouwen.p12");
        Hubklant klant = klant(pki.pad("knooppunt.p12"), vertrouwensopslag);
        assertThat(zoalsDeVerzender(catchThrowable(() -> stuur(klant)))).contains("onbekende CA");

        kopie("vertrouwen.p12", "vertrouwen.p12");

        assertThat(stuur(klant).status()).isEqualTo(201);
    }

    @Test
    void anUnreadableRenewalKeepsThePreviousStoresAndSaysWhy() throws Exception {
        hub("hub.p12", "vertrouwen.p12", "TLSv1.3");
        Path sleutelopslag = kopie("knooppunt.p12", "knooppunt-verlopen.p12");
        Hubklant klant = klant(sleutelopslag, pki.pad("vertrouwen.p12"));

        Files.writeString(sleutelopslag, "half gekopieerd", StandardCharsets.UTF_8);

        assertThat(klant.herlaadfout()).isEmpty();
        assertThat(zoalsDeVerzender(catchThrowable(() -> stuur(klant)))).contains("TLS: ons certificaat is verlopen op")
                .contains("; de vervangen sleutels zijn niet in gebruik: sleutelopslag " + sleutelopslag + " is niet te lezen");
        assertThat(klant.herlaadfout()).hasValueSatisfying(f -> assertThat(f).startsWith("sleutelopslag " + sleutelopslag + " is niet te lezen"));

        kopie("knooppunt.p12", "knooppunt.p12");

        assertThat(stuur(klant).status()).isEqualTo(201);
        assertThat(klant.herlaadfout()).isEmpty();
    }

    @Test
    void theSenderAndTheStatementFetcherSendWhileTheStoreIsReplaced() throws Exception {
        hub("hub.p12", "vertrouwen.p12", "TLSv1.3");
        Path sleutelopslag = kopie("knooppunt.p12", "knooppunt.p12");
        Path zelfde = opnieuwBewaard(pki.pad("knooppunt.p12"));
        Hubklant klant = klant(sleutelopslag, pki.pad("vertrouwen.p12"));
        ExecutorService draden = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Integer>>> taken = new ArrayList<>();
            for (int d = 0; d < 2; d++) {
                taken.add(draden.submit(() -> {
                    List<Integer> statussen = new ArrayList<>();
                    for (int i = 0; i < 15; i++) {
                        statussen.add(stuur(klant).status());
                    }
                    return statussen;
                }));
            }
            for (int i = 0; i < 10; i++) {
                // the same key and certificate in a store with other bytes: every copy is a change to take
                Files.copy(i % 2 == 0 ? zelfde : pki.pad("knooppunt.p12"), sleutelopslag, StandardCopyOption.REPLACE_EXISTING);
            }
            for (Future<List<Integer>> w : taken) {
                assertThat(w.get(30, TimeUnit.SECONDS)).hasSize(15).containsOnly(201);
            }
        } finally {
            draden.shutdownNow();
        }
        assertThat(stuur(klant).status()).isEqualTo(201);
        assertThat(klant.herlaadfout()).isEmpty();
    }

    /** The same store saved again: PKCS12 salts anew, so the bytes differ and the content does not. */
    private Path opnieuwBewaard(Path bron) throws Exception {
        KeyStore opslag = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(bron)) {
            opslag.load(in, Testpki.WACHTWOORD);
        }
        Path doel = werk.resolve("zelfde.p12");
        try (OutputStream uit = Files.newOutputStream(doel)) {
            opslag.store(uit, Testpki.WACHTWOORD);
        }
        assertThat(Files.readAllBytes(doel)).isNotEqualTo(Files.readAllBytes(bron));
        return doel;
    }

    @Test
    void readingTheStoresWarnsOfACertificateThatIsNotValidOrEndsSoon() throws Exception {
        Tlsinrichting geldig = new Tlsbestanden(pki.pad("knooppunt.p12"), pki.pad("vertrouwen.p12"), Testpki.WACHTWOORD).laad();
        Tlsinrichting verlopen = new Tlsbestanden(pki.pad("knooppunt-verlopen.p12"), pki.pad("vertrouwen.p12"), Testpki.WACHTWOORD).laad();
        Tlsinrichting later = new Tlsbestanden(pki.pad("knooppunt-later.p12"), pki.pad("vertrouwen.p12"), Testpki.WACHTWOORD).laad();

        String einde = tijd(pki.certificaat("knooppunt.p12").getNotAfter());

        // the test PKI's certificate lives 30 days
        assertThat(geldig.waarschuwing(Duration.ofDays(1))).isEmpty();
        assertThat(geldig.waarschuwing(Duration.ofDays(31))).hasValueSatisfying(w -> assertThat(w)
                .startsWith("ons certificaat verloopt op " + einde + ", over 29 dag(en)")
                .endsWith("vraag nu een nieuw aan"));
        assertThat(verlopen.waarschuwing(Duration.ofDays(1))).hasValueSatisfying(w -> assertThat(w).startsWith("ons certificaat is verlopen op"));
        assertThat(later.waarschuwing(Duration.ofDays(1))).hasValueSatisfying(w -> assertThat(w).startsWith("ons certificaat is pas geldig vanaf"));
    }

    @Test
    void theSenderRecordsTheNamedCauseAsItsLastError() throws Exception {
        hub("hub.p12", "vertrouwen.p12", "TLSv1.3");
        EmbeddedDataSource ds = Testdatabase.nieuw();
        try {
            Uitgaandeopslag opslag = new Uitgaandeopslag(ds, 1000);
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                opslag.bewaar(c, "jeugdhulp", "toewijzingen", 1, List.of("gemeente", "toewijzingnummer", "client"),
                        List.of(List.of("0166", "T1", "ps-1")));
                c.commit();
            }
            Verzender verzender = new Verzender(opslag, klant("knooppunt-verlopen.p12", "vertrouwen.p12"),
                    new Wachttijd(Duration.ofSeconds(1), Duration.ofSeconds(300)), Clock.systemUTC());

            assertThat(verzender.beurt(Duration.ofSeconds(5))).isZero();

            assertThat(opslag.stand().laatsteFout()).startsWith("TLS: ons certificaat is verlopen op "
                    + tijd(pki.certificaat("knooppunt-verlopen.p12").getNotAfter()));
        } finally {
            Testdatabase.weg(ds);
        }
    }
}
