package nl.samenspel.jeugdhulp.internal.invoer;

import nl.samenspel.invoer.Privacypoort;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Veldlezer;
import nl.samenspel.invoer.CsvBestand;
import nl.samenspel.invoer.Archief;
import nl.samenspel.api.invoer.Invoerlimieten;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One uploaded file of a kind: recognises CSV, a single iJw message or a ZIP archive of
 * messages, and reads every record with the kind's record reader, within the bounds of
 * {@link Invoerlimieten}. An archive is read entry by entry as a stream ({@link Archief}), so
 * no message is ever held whole. Nothing is stored here.
 */
public final class Bestand {

    public enum Formaat { CSV, XML, ZIP }

    private Bestand() {
    }

    /** What the file is by its first bytes: the same reading as the privacy rule's ({@link Privacypoort#vorm}). */
    public static Formaat formaat(byte[] inhoud) {
        return Formaat.valueOf(Privacypoort.vorm(inhoud).name());
    }

    /** Reads the file with the default bounds. */
    public static <T> Gelezen<T> lees(Importsoort soort, String naam, byte[] inhoud, BiFunction<Veldlezer, String, T> lezer) {
        return lees(soort, naam, inhoud, Invoerlimieten.standaard(), lezer);
    }

    /**
     * Reads the file.
     *
     * @param naam  how reports name the file; already reduced by the caller
     * @param lezer turns a record's fields into a domain record (null when bad); gets the
     *              CSV header's client column ({@code bsn}, {@code client}) or {@code bsn} for XML
     */
    public static <T> Gelezen<T> lees(Importsoort soort, String naam, byte[] inhoud, Invoerlimieten limieten,
                                      BiFunction<Veldlezer, String, T> lezer) {
        List<Regelfout> fouten = new ArrayList<>();
        List<Gelezen.Regel<T>> regels = new ArrayList<>();
        Formaat formaat = formaat(inhoud);
        if (formaat == Formaat.CSV) {
            String tekst = CsvBestand.utf8(inhoud, fouten);
            if (tekst != null) {
                CsvBestand.lees(tekst, soort.kolommen(), limieten, fouten,
                        (v, kolommen) -> voegToe(regels, v, lezer.apply(v, CsvBestand.clientkolom(kolommen))));
            }
            return new Gelezen<>(regels, fouten);
        }
        if (soort.bericht().isEmpty()) {
            fouten.add(new Regelfout(naam, "", soort.code() + " worden alleen als CSV ingelezen (docs/jeugdhulp.md)"));
            return new Gelezen<>(regels, fouten);
        }
        IjwBericht.Type type = soort.bericht().get();
        Consumer<Veldlezer> perRecord = v -> voegToe(regels, v, lezer.apply(v, CsvBestand.BSN));
        if (formaat == Formaat.XML) {
            IjwBericht.lees(new ByteArrayInputStream(inhoud), naam, type, limieten, fouten, perRecord);
        } else {
            int berichten = Archief.lees(naam, inhoud, limieten, fouten, (bron, in) -> IjwBericht.lees(in, bron, type, limieten, fouten, perRecord));
            if (berichten == 0 && fouten.isEmpty()) {
                fouten.add(new Regelfout(naam, "zipLeeg", "het archief bevat geen berichten"));
            }
        }
        return new Gelezen<>(regels, fouten);
    }

    private static <T> void voegToe(List<Gelezen.Regel<T>> regels, Veldlezer v, T waarde) {
        if (waarde != null) {
            regels.add(new Gelezen.Regel<>(v.plaats(), waarde));
        }
    }
}
