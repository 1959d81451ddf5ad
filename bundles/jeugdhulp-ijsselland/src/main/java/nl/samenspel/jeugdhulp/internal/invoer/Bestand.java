package nl.samenspel.jeugdhulp.internal.invoer;

import nl.samenspel.invoer.Regelfout;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Veldlezer;
import nl.samenspel.invoer.CsvBestand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One uploaded file of a kind: recognises CSV, a single iJw message or a ZIP archive of
 * messages, and reads every record with the kind's record reader. Nothing is stored here.
 */
public final class Bestand {

    /** More messages in one archive than this is refused: a bound on what one import holds in memory. */
    static final int MAX_BERICHTEN = 200_000;

    public enum Formaat { CSV, XML, ZIP }

    private Bestand() {
    }

    public static Formaat formaat(byte[] inhoud) {
        // a local file header, or the end record that is all an empty archive has
        if (inhoud.length >= 4 && inhoud[0] == 'P' && inhoud[1] == 'K' && (inhoud[2] == 3 && inhoud[3] == 4 || inhoud[2] == 5 && inhoud[3] == 6)) {
            return Formaat.ZIP;
        }
        int i = inhoud.length >= 3 && (inhoud[0] & 0xff) == 0xef && (inhoud[1] & 0xff) == 0xbb && (inhoud[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < inhoud.length && Character.isWhitespace(inhoud[i])) {
            i++;
        }
        return i < inhoud.length && inhoud[i] == '<' ? Formaat.XML : Formaat.CSV;
    }

    /**
     * Reads the file.
     *
     * @param lezer turns a record's fields into a domain record (null when bad); gets the
     *              CSV header's client column ({@code bsn}, {@code client}) or {@code bsn} for XML
     */
    public static <T> Gelezen<T> lees(Importsoort soort, String naam, byte[] inhoud, BiFunction<Veldlezer, String, T> lezer) {
        List<Regelfout> fouten = new ArrayList<>();
        List<Gelezen.Regel<T>> regels = new ArrayList<>();
        Formaat formaat = formaat(inhoud);
        if (formaat == Formaat.CSV) {
            String tekst = CsvBestand.utf8(inhoud, fouten);
            if (tekst != null) {
                CsvBestand.lees(tekst, soort.kolommen(), fouten, (v, kolommen) -> voegToe(regels, v, lezer.apply(v, CsvBestand.clientkolom(kolommen))));
            }
            return new Gelezen<>(regels, fouten);
        }
        if (soort.bericht().isEmpty()) {
            fouten.add(new Regelfout(naam, "", soort.code() + " worden alleen als CSV ingelezen (docs/jeugdhulp.md)"));
            return new Gelezen<>(regels, fouten);
        }
        IjwBericht.Type type = soort.bericht().get();
        if (formaat == Formaat.XML) {
            IjwBericht.lees(new ByteArrayInputStream(inhoud), naam, type, fouten, v -> voegToe(regels, v, lezer.apply(v, CsvBestand.BSN)));
        } else {
            leesArchief(naam, inhoud, type, fouten, v -> voegToe(regels, v, lezer.apply(v, CsvBestand.BSN)));
        }
        return new Gelezen<>(regels, fouten);
    }

    private static <T> void voegToe(List<Gelezen.Regel<T>> regels, Veldlezer v, T waarde) {
        if (waarde != null) {
            regels.add(new Gelezen.Regel<>(v.plaats(), waarde));
        }
    }

    private static void leesArchief(String naam, byte[] inhoud, IjwBericht.Type type, List<Regelfout> fouten,
                                    java.util.function.Consumer<Veldlezer> perRecord) {
        Set<String> gezien = new java.util.HashSet<>();
        int berichten = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(inhoud))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String bron = naam + "!" + entry.getName();
                if (!gezien.add(entry.getName())) {
                    fouten.add(new Regelfout(bron, "", "komt twee keer voor in het archief"));
                    continue;
                }
                if (++berichten > MAX_BERICHTEN) {
                    fouten.add(new Regelfout(naam, "", "meer dan " + MAX_BERICHTEN + " berichten; splits het archief"));
                    return;
                }
                // the message is read from a copy: the StAX reader would otherwise close the archive stream
                IjwBericht.lees(new ByteArrayInputStream(zip.readAllBytes()), bron, type, fouten, perRecord);
            }
        } catch (IOException e) {
            fouten.add(new Regelfout(naam, "", "geen leesbaar ZIP-archief: " + e.getMessage()));
        }
        if (berichten == 0 && fouten.isEmpty()) {
            fouten.add(new Regelfout(naam, "", "het archief bevat geen berichten"));
        }
    }
}
