package nl.samenspel.toegang.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * What an installation configured as production ({@code samenspel.productie = true}) may not
 * still have: a user with a default or demo password, a users file the demo launcher made, the
 * public test password of the key stores, a certificate of the test PKI, or the demo pseudonym
 * key. Each finding names the item and what to change; the component that runs this refuses to
 * start the instance while there is any.
 */
final class Productiecontrole {

    /** Passwords that are public: Karaf's, this project's demo, and the usual first guesses. */
    static final List<String> BEKENDE_WACHTWOORDEN = List.of("samenspel", "karaf", "admin", "beheerder", "wachtwoord", "welkom",
            "password", "changeit", "samenspel-test");
    /** The public password of the test PKI (pki/maak-test-pki.sh). */
    static final String TEST_PKI_WACHTWOORD = "samenspel-test";
    /** The subject organisation of the test CA (pki/maak-test-pki.sh). */
    static final String TEST_PKI_ORGANISATIE = "O=Samenspel (TEST)"; // as RFC 2253 writes it
    /** The first line the launcher writes into files it makes for the demo. */
    static final String DEMO_MARKERING = "demo van ./samenspel";

    /** A key store the installation uses, and the password it is opened with. */
    record Opslag(String wat, Path bestand, String wachtwoord) {
    }

    private Productiecontrole() {
    }

    static List<String> bezwaren(Path gebruikersbestand, List<Opslag> opslagen, Path pseudoniemsleutel) {
        List<String> bezwaren = new ArrayList<>();
        if (gebruikersbestand != null) {
            gebruikers(gebruikersbestand, bezwaren);
        }
        for (Opslag opslag : opslagen) {
            opslag(opslag, bezwaren);
        }
        if (pseudoniemsleutel != null && Files.isReadable(pseudoniemsleutel)) {
            try {
                if (Files.readString(pseudoniemsleutel, StandardCharsets.US_ASCII).contains(DEMO_MARKERING)) {
                    bezwaren.add("pseudoniemsleutel " + pseudoniemsleutel + " is de demosleutel van ./samenspel; maak de sleutel van de regio"
                            + " (openssl rand -base64 32) en verspreid die veilig (docs/operations.md)");
                }
            } catch (IOException e) {
                bezwaren.add("pseudoniemsleutel " + pseudoniemsleutel + " is niet te lezen: " + e.getMessage());
            }
        }
        return bezwaren;
    }

    private static void gebruikers(Path bestand, List<String> bezwaren) {
        if (!Files.isReadable(bestand)) {
            return;
        }
        try {
            String tekst = Files.readString(bestand, StandardCharsets.UTF_8);
            if (tekst.contains(DEMO_MARKERING)) {
                bezwaren.add("gebruikersbestand " + bestand + " is door ./samenspel gemaakt (demogebruikers); maak eigen gebruikers met"
                        + " bin/samenspel-gebruiker of koppel Active Directory (docs/security.md)");
            }
            Properties p = new Properties();
            p.load(new java.io.StringReader(tekst));
            Pbkdf2Versleuteling.Pbkdf2 controle = new Pbkdf2Versleuteling.Pbkdf2(Pbkdf2Versleuteling.STANDAARD_ITERATIES);
            List<String> namen = new ArrayList<>(p.stringPropertyNames());
            Collections.sort(namen);
            for (String naam : namen) {
                if (naam.startsWith("_g_:")) {
                    continue;
                }
                String wachtwoord = p.getProperty(naam).split(",", 2)[0].strip();
                if (!wachtwoord.startsWith("{CRYPT}") || !wachtwoord.endsWith("{CRYPT}") || wachtwoord.length() < 14) {
                    bezwaren.add("gebruiker " + naam + " in " + bestand + " heeft geen gehasht wachtwoord; zet het met bin/samenspel-gebruiker");
                    continue;
                }
                String opgeslagen = wachtwoord.substring(7, wachtwoord.length() - 7);
                for (String bekend : bekendeWachtwoorden(naam)) {
                    if (controle.checkPassword(bekend, opgeslagen)) {
                        bezwaren.add("gebruiker " + naam + " in " + bestand + " heeft een standaardwachtwoord; zet een eigen met bin/samenspel-gebruiker");
                        break;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            bezwaren.add("gebruikersbestand " + bestand + " is niet te lezen: " + e.getMessage());
        }
    }

    private static List<String> bekendeWachtwoorden(String naam) {
        List<String> lijst = new ArrayList<>(BEKENDE_WACHTWOORDEN);
        lijst.add(naam);
        return lijst;
    }

    private static void opslag(Opslag opslag, List<String> bezwaren) {
        if (TEST_PKI_WACHTWOORD.equals(opslag.wachtwoord())) {
            bezwaren.add(opslag.wat() + ": het wachtwoord is dat van de test-PKI (samenspel-test); zet een eigen in samenspel.pki.wachtwoord");
        }
        if (opslag.bestand() == null || !Files.isReadable(opslag.bestand())) {
            return;
        }
        try (InputStream in = Files.newInputStream(opslag.bestand())) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, opslag.wachtwoord() == null ? null : opslag.wachtwoord().toCharArray());
            for (String alias : Collections.list(ks.aliases())) {
                Certificate[] keten = ks.getCertificateChain(alias);
                Certificate enkel = ks.getCertificate(alias);
                for (Certificate c : keten != null ? keten : new Certificate[] {enkel}) {
                    if (c instanceof X509Certificate x && x.getIssuerX500Principal().getName().contains(TEST_PKI_ORGANISATIE)) {
                        bezwaren.add(opslag.wat() + " " + opslag.bestand() + " bevat een certificaat van de test-PKI (alias " + alias
                                + "); gebruik een PKIoverheid-certificaat (docs/security.md)");
                        return;
                    }
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            bezwaren.add(opslag.wat() + " " + opslag.bestand() + " is niet te openen: " + e.getMessage());
        }
    }
}
