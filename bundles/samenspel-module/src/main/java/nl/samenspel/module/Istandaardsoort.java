package nl.samenspel.module;

import java.util.List;
import java.util.Optional;
import nl.samenspel.invoer.CsvBestand;
import nl.samenspel.invoer.Invoerbestand;
import nl.samenspel.invoer.Istandaardbericht;

/**
 * A kind of file of a module that reads iStandaard messages (iJw, iWmo): its code, its CSV columns
 * and the message type that carries it, declared once per kind as a {@link Vorm}; what the shared
 * reader and the exchange need of a kind follows from that. A module's enum of kinds implements it
 * and says which kinds go to the hub.
 */
public interface Istandaardsoort extends Invoersoort, Invoerbestand.Soort {

    /**
     * What a kind is.
     *
     * @param bericht the message type that carries it; null: CSV only
     */
    record Vorm(String code, CsvBestand.Kolommen kolommen, Istandaardbericht.Type bericht) {

        /** A kind read as CSV only. */
        public static Vorm csv(String code, List<String> verplicht, List<String> optioneel) {
            return new Vorm(code, new CsvBestand.Kolommen(verplicht, optioneel), null);
        }

        /** A kind a message carries too. */
        public static Vorm bericht(String code, List<String> verplicht, List<String> optioneel, Istandaardbericht.Type bericht) {
            return new Vorm(code, new CsvBestand.Kolommen(verplicht, optioneel), bericht);
        }

        /** A kind about a client: a {@code bsn} or a {@code client} column (the pseudonym), and a message. */
        public static Vorm metClient(String code, List<String> verplicht, List<String> optioneel, Istandaardbericht.Type bericht) {
            return new Vorm(code, new CsvBestand.Kolommen(verplicht, optioneel, List.of(CsvBestand.BSN, CsvBestand.CLIENT)), bericht);
        }
    }

    Vorm vorm();

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
