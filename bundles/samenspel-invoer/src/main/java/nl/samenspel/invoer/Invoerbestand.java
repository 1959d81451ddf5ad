package nl.samenspel.invoer;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import nl.samenspel.api.invoer.Invoerlimieten;

/**
 * One uploaded file of a kind: recognises CSV, a single iStandaard message or a ZIP archive of
 * messages, and reads every record with the kind's record reader, within the bounds of
 * {@link Invoerlimieten}. An archive is read entry by entry as a stream ({@link Archief}), so
 * no message is ever held whole. Nothing is stored here. One instance per module, with the
 * module's message reader and the document that tells its file formats.
 */
public final class Invoerbestand {

    public enum Formaat { CSV, XML, ZIP }

    /** A kind of file as it is read: implemented by a module's enum of kinds. */
    public interface Soort {

        /** The kind's code, as reports and the refusal of a message name it. */
        String code();

        /** The kind's CSV columns. */
        CsvBestand.Kolommen kolommen();

        /** The message type that carries this kind, if any; a kind without one is read as CSV only. */
        Optional<Istandaardbericht.Type> bericht();
    }

    private final Istandaardbericht berichten;
    private final String documentatie;

    /**
     * @param berichten    reads the module's messages; its types are the ones the kinds name
     * @param documentatie the module's document of file formats, named where a kind is refused as a message
     *                     ({@code docs/jeugdhulp.md})
     */
    public Invoerbestand(Istandaardbericht berichten, String documentatie) {
        this.berichten = Objects.requireNonNull(berichten, "berichten");
        this.documentatie = Objects.requireNonNull(documentatie, "documentatie");
    }

    /** What the file is by its first bytes: the same reading as the privacy rule's ({@link Privacypoort#vorm}). */
    public static Formaat formaat(byte[] inhoud) {
        return Formaat.valueOf(Privacypoort.vorm(inhoud).name());
    }

    /** Reads the file with the default bounds. */
    public <T> Gelezen<T> lees(Soort soort, String naam, byte[] inhoud, BiFunction<Veldlezer, String, T> lezer) {
        return lees(soort, naam, inhoud, Invoerlimieten.standaard(), lezer);
    }

    /**
     * Reads the file.
     *
     * @param naam  how reports name the file; already reduced by the caller
     * @param lezer turns a record's fields into a domain record (null when bad); gets the
     *              CSV header's client column ({@code bsn}, {@code client}) or {@code bsn} for a message
     */
    public <T> Gelezen<T> lees(Soort soort, String naam, byte[] inhoud, Invoerlimieten limieten, BiFunction<Veldlezer, String, T> lezer) {
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
            fouten.add(new Regelfout(naam, "", soort.code() + " worden alleen als CSV ingelezen (" + documentatie + ")"));
            return new Gelezen<>(regels, fouten);
        }
        Istandaardbericht.Type type = soort.bericht().get();
        Consumer<Veldlezer> perRecord = v -> voegToe(regels, v, lezer.apply(v, CsvBestand.BSN));
        if (formaat == Formaat.XML) {
            berichten.lees(new ByteArrayInputStream(inhoud), naam, type, limieten, fouten, perRecord);
        } else {
            int aantal = Archief.lees(naam, inhoud, limieten, fouten, (bron, in) -> berichten.lees(in, bron, type, limieten, fouten, perRecord));
            if (aantal == 0 && fouten.isEmpty()) {
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
