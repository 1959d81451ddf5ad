package nl.samenspel.jeugdhulp.internal.invoer;

import java.util.List;
import java.util.Map;
import nl.samenspel.invoer.Istandaardbericht;
import nl.samenspel.invoer.Istandaardbericht.Afzender;
import nl.samenspel.invoer.Istandaardbericht.Type;
import nl.samenspel.invoer.Istandaardvelden;

/**
 * The iJw 3.2 messages this module reads, and which of their fields: what youth care needs of
 * each record, under the CSV column of its kind. Reading them is samenspel-invoer's
 * ({@link Istandaardbericht}); nothing else of a message (names, birth dates, addresses) is read.
 */
public final class Ijwberichten {

    /** Allocations; the record reader pseudonymises the client's BSN and checks it there. */
    public static final Type JW301 = new Type("ijw", "jw301", "436", Istandaardvelden.TOEWIJZING_PAD, Afzender.GEMEENTE,
            Istandaardvelden.TOEWIJZING, Map.of(), false, false);

    /** Starts of care. */
    public static final Type JW305 = new Type("ijw", "jw305", "438", Istandaardvelden.START_PAD, Afzender.AANBIEDER, Istandaardvelden.START,
            Map.of(), true, false);

    /** Stops of care. */
    public static final Type JW307 = new Type("ijw", "jw307", "440", Istandaardvelden.STOP_PAD, Afzender.AANBIEDER, Istandaardvelden.STOP,
            Map.of(), true, false);

    /** Declarations: the total is checked against the lines. */
    public static final Type JW323 = new Type("ijw", "jw323", "490", Istandaardvelden.DECLARATIE_PAD, Afzender.AANBIEDER,
            Istandaardvelden.DECLARATIE, Map.of(), true, true);

    /** Reads the four; a message with another's BerichtCode is named as that one. */
    public static final Istandaardbericht LEZER = new Istandaardbericht(List.of(JW301, JW305, JW307, JW323));

    private Ijwberichten() {
    }
}
