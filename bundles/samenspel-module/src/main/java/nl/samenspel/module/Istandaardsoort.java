package nl.samenspel.module;

import java.util.List;
import java.util.Optional;
import nl.samenspel.invoer.CsvBestand;
import nl.samenspel.invoer.Invoerbestand;
import nl.samenspel.invoer.Istandaardbericht;

/**
 * A kind of file declared once as a {@link Vorm}: its code, its CSV columns, the iStandaard message
 * type that carries it (iJw, iWmo; none for a kind read as CSV only), how a record of it is read and
 * whether a node sends it to the hub; what the shared reader and the exchange need of a kind follows
 * from that. A module's enum of kinds implements it.
 */
public interface Istandaardsoort extends Invoersoort, Invoerbestand.Soort {

    /**
     * What a kind is.
     *
     * @param bericht the message type that carries it; null: CSV only
     * @param naarHub whether a node sends it to the hub ({@link #naarDeHub()})
     */
    record Vorm(String code, CsvBestand.Kolommen kolommen, Istandaardbericht.Type bericht, Lezer lezer, boolean naarHub) {

        /** A kind read as CSV only. */
        public static Vorm csv(String code, List<String> verplicht, List<String> optioneel, Lezer lezer) {
            return new Vorm(code, new CsvBestand.Kolommen(verplicht, optioneel), null, lezer, false);
        }

        /** A kind a message carries too. */
        public static Vorm bericht(String code, List<String> verplicht, List<String> optioneel, Istandaardbericht.Type bericht, Lezer lezer) {
            return new Vorm(code, new CsvBestand.Kolommen(verplicht, optioneel), bericht, lezer, false);
        }

        /**
         * A kind about a client: a {@code bsn} or a {@code client} column (the pseudonym).
         *
         * @param bericht the message type that carries it; null: CSV only
         */
        public static Vorm metClient(String code, List<String> verplicht, List<String> optioneel, Istandaardbericht.Type bericht,
                                     Lezer lezer) {
            return new Vorm(code, new CsvBestand.Kolommen(verplicht, optioneel, List.of(CsvBestand.BSN, CsvBestand.CLIENT)), bericht, lezer,
                    false);
        }

        /** The same kind, sent by a node to the hub: what a gemeente delivers; master data is the hub's own and goes the other way. */
        public Vorm naarDeHub() {
            return new Vorm(code, kolommen, bericht, lezer, true);
        }
    }

    Vorm vorm();

    @Override
    default boolean naarHub() {
        return vorm().naarHub();
    }

    @Override
    default Lezer lezer() {
        return vorm().lezer();
    }

    @Override
    default String code() {
        return vorm().code();
    }

    @Override
    default CsvBestand.Kolommen kolommen() {
        return vorm().kolommen();
    }

    @Override
    default Optional<Istandaardbericht.Type> bericht() {
        return Optional.ofNullable(vorm().bericht());
    }

}
