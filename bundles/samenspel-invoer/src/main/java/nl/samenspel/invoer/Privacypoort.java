package nl.samenspel.invoer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one privacy rule of every import, applied before a byte is parsed: an installation without
 * the region's pseudonym key (the hub) reads no input that can carry personal data. That is any
 * iJw message (XML), any archive (ZIP: it holds messages, and it could hold anything), and a CSV
 * file whose header names a client-identifying column. The decision looks at the first bytes and
 * the header line only, so a file that would need parsing to judge is refused before it is read.
 */
public final class Privacypoort {

    /**
     * Columns that identify a person. {@code client} (a pseudonym) is not among them: that is what
     * the hub reads; nor is {@code naam}, which is a provider's or a facility's name in the kinds that have it.
     */
    public static final Set<String> PERSOONSKOLOMMEN = Set.of(CsvBestand.BSN, "burgerservicenummer", "geboortedatum", "voornaam",
            "voornamen", "achternaam", "geslachtsnaam", "adres", "straat", "huisnummer", "postcode", "woonplaats");

    /** How much of a CSV file's start is looked at for its header line. */
    private static final int KOPREGEL = 64 * 1024;

    public enum Vorm { CSV, XML, ZIP }

    private Privacypoort() {
    }

    /** What a file is, by its first bytes: a ZIP local header or end record, XML after an optional BOM and blanks, else CSV. */
    public static Vorm vorm(byte[] inhoud) {
        if (inhoud.length >= 4 && inhoud[0] == 'P' && inhoud[1] == 'K' && (inhoud[2] == 3 && inhoud[3] == 4 || inhoud[2] == 5 && inhoud[3] == 6)) {
            return Vorm.ZIP;
        }
        int i = bom(inhoud);
        while (i < inhoud.length && Character.isWhitespace(inhoud[i])) {
            i++;
        }
        return i < inhoud.length && inhoud[i] == '<' ? Vorm.XML : Vorm.CSV;
    }

    /**
     * Why an installation without the pseudonym key may not read this file; empty when it may.
     */
    public static Optional<String> zonderSleutel(byte[] inhoud) {
        return switch (vorm(inhoud)) {
            case ZIP -> Optional.of("een ZIP-archief kan persoonsgegevens bevatten (iJw- of iWmo-berichten met BSN's); deze installatie heeft"
                    + " geen pseudoniemsleutel en leest het niet. Lever het bij het knooppunt van de gemeente");
            case XML -> Optional.of("een iJw- of iWmo-bericht bevat BSN's; deze installatie heeft geen pseudoniemsleutel en leest het niet."
                    + " Lever het bij het knooppunt van de gemeente");
            case CSV -> kop(inhoud).stream().filter(PERSOONSKOLOMMEN::contains).findFirst().map(k -> "de kopregel heeft kolom '" + k
                    + "', die een persoon identificeert; deze installatie heeft geen pseudoniemsleutel en leest het bestand niet."
                    + " Lever het bij het knooppunt van de gemeente, of gebruik kolom client (het pseudoniem)");
        };
    }

    /** The length of a UTF-8 byte order mark at the start: 3 or 0. */
    private static int bom(byte[] inhoud) {
        return inhoud.length >= 3 && (inhoud[0] & 0xff) == 0xef && (inhoud[1] & 0xff) == 0xbb && (inhoud[2] & 0xff) == 0xbf ? 3 : 0;
    }

    /** The header's column names, lower case, unquoted; only a header line that fits in the first bytes. */
    static Set<String> kop(byte[] inhoud) {
        int start = bom(inhoud);
        int eind = Math.min(inhoud.length, start + KOPREGEL);
        for (int i = start; i < eind; i++) {
            if (inhoud[i] == '\n' || inhoud[i] == '\r') {
                eind = i;
                break;
            }
        }
        String regel = new String(inhoud, start, eind - start, StandardCharsets.UTF_8);
        return Set.copyOf(Arrays.stream(regel.split("[;,\t]", -1))
                .map(k -> k.strip().replace("\"", "").toLowerCase(Locale.ROOT)).filter(k -> !k.isEmpty()).toList());
    }
}
