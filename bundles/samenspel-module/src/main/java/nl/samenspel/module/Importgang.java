package nl.samenspel.module;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.invoer.Afzending;
import nl.samenspel.invoer.Doorgifte;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Importlogboek;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Privacypoort;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.invoer.Uitgaand;

/**
 * One file's way through a module's import: the steps every module takes around its own reading
 * and checks, so that none of them can be forgotten in one module. Without a pseudonym key, input
 * that can carry personal data is refused before it is read; a name from outside is reduced to a
 * safe one (a batch keeps the hub's); every record of a batch from or for the exchange must be of
 * the sender's gemeente; the file is refused whole with every error, or stored whole with its
 * import log row and, in the same transaction, the hub's receipt or the node's outbox rows.
 *
 * @param <S> the module's enum of kinds
 */
public final class Importgang<S extends Invoersoort> {

    private final Importlogboek logboek;
    private final String module;
    private final S soort;
    private final String naam;
    private final byte[] inhoud;
    private final Afzending afzending;
    private final Uitgaand wachtrij;
    private final Pseudoniemdienst sleutel;
    private final Path bewaarIn;

    /**
     * @param module    the module's name in the exchange
     * @param afzending a batch a node sent to the hub; null for any other file
     * @param uitgaand  the node's outbox, null at the hub: the node's own file of a kind that goes to the hub is queued in it
     * @param sleutel   the pseudonym key; null where the installation has none
     * @param bewaarIn  where a refused file is kept for its owner; null: not kept
     */
    public Importgang(Importlogboek logboek, String module, S soort, String bestandsnaam, byte[] inhoud, Afzending afzending,
                      Uitgaand uitgaand, Pseudoniemdienst sleutel, Path bewaarIn) {
        this.logboek = logboek;
        this.module = module;
        this.soort = soort;
        // a batch's name is the hub's own (kind, sender, reduced key); any other name is reduced here
        this.naam = afzending != null ? bestandsnaam : Importresultaat.veiligeNaam(bestandsnaam);
        this.inhoud = inhoud;
        this.afzending = afzending;
        this.wachtrij = afzending == null && soort.naarHub() ? uitgaand : null;
        this.sleutel = sleutel;
        this.bewaarIn = bewaarIn;
    }

    /** The refusal, logged, of input that can carry personal data while there is no pseudonym key ({@link Privacypoort}). */
    public Optional<Importresultaat> zonderSleutelGeweigerd() throws SQLException {
        Optional<String> reden = sleutel == null ? Privacypoort.zonderSleutel(inhoud) : Optional.empty();
        return reden.isEmpty() ? Optional.empty()
                : Optional.of(logboek.weigerOngelezen(soort.code(), Privacypoort.vorm(inhoud), inhoud, reden.get()));
    }

    /** The kind of the file. */
    public S soort() {
        return soort;
    }

    /** The file as it came. */
    public byte[] inhoud() {
        return inhoud;
    }

    /** The file's name for the log and the report. */
    public String naam() {
        return naam;
    }

    /** A BSN's pseudonym while reading; without a key none (and {@link #zonderSleutelGeweigerd} has refused a file with BSNs). */
    public Function<Bsn, String> pseudoniem() {
        Pseudoniemdienst s = sleutel;
        return s == null ? b -> null : s::pseudoniem;
    }

    /**
     * Names every record not of the sender's gemeente: the sender's at the hub, the node's own for
     * what it queues for the hub; any other file may hold any member's records.
     *
     * @param veld the field that holds the gemeente ({@code gemeente}, {@code herkomstgemeente})
     */
    public <T> void alleenVoorAfzender(List<Gelezen.Regel<T>> regels, Function<? super T, String> gemeente, String veld,
                                       List<Regelfout> fouten) {
        String afzender = Doorgifte.afzender(afzending, wachtrij);
        if (afzender != null) {
            Doorgifte.alleenVoor(afzender, regels, gemeente, veld, fouten);
        }
    }

    /** Refuses the whole file with every error; nothing of it is stored. */
    public Importresultaat weiger(String formaat, int records, List<Regelfout> fouten) throws SQLException {
        return logboek.weiger(soort.code(), formaat, naam, inhoud, records, fouten, bewaarIn);
    }

    /**
     * Stores the whole file: its records, its import log row with the warnings, and what the
     * exchange adds, in one transaction.
     *
     * @param kop   the exchange form's header
     * @param regel one record in the exchange form, in the order of {@code kop}
     */
    public <T> Importresultaat bewaar(String formaat, List<T> records, List<Regelfout> waarschuwingen, Importlogboek.Schrijver schrijver,
                                      List<String> kop, Function<? super T, List<String>> regel) throws SQLException {
        long id = logboek.bewaar(soort.code(), formaat, naam, records.size(), waarschuwingen,
                Doorgifte.metUitwisseling(schrijver, afzending, wachtrij, module, soort.code(), kop, records, regel));
        return new Importresultaat(id, soort.code(), formaat, naam, true, records.size(), List.of(), null, waarschuwingen);
    }
}
