package nl.samenspel.wmo.internal.invoer;

import java.util.List;
import java.util.Map;
import nl.samenspel.invoer.Istandaardbericht;
import nl.samenspel.invoer.Istandaardbericht.Afzender;
import nl.samenspel.invoer.Istandaardbericht.Type;
import nl.samenspel.invoer.Istandaardbericht.Veld;
import nl.samenspel.invoer.Istandaardvelden;

/**
 * The iWmo 3.2 messages this module reads, and which of their fields beyond those iJw shares
 * ({@link Istandaardvelden}): a 301's client birth date, read only to decide {@code minderjarig} and
 * never kept, and a 323's delivered volume, unit and tariff. Nothing else of a message is read.
 */
public final class Iwmoberichten {

    /** Allocations; the record reader pseudonymises the client's BSN, and turns the birth date into minderjarig. */
    public static final Type WMO301 = new Type("iwmo", "wmo301", "414", Istandaardvelden.TOEWIJZING_PAD, Afzender.GEMEENTE,
            Istandaardvelden.TOEWIJZING, Map.of("Client/Geboortedatum/Datum", new Veld("geboortedatum", true)), false, false);

    public static final Type WMO305 = new Type("iwmo", "wmo305", "418", Istandaardvelden.START_PAD, Afzender.AANBIEDER,
            Istandaardvelden.START, Map.of(), true, false);

    public static final Type WMO307 = new Type("iwmo", "wmo307", "420", Istandaardvelden.STOP_PAD, Afzender.AANBIEDER,
            Istandaardvelden.STOP, Map.of(), true, false);

    /** Declarations: the delivered volume must fit the allocation, and the amount is volume × tarief unless the unit is 83. */
    public static final Type WMO323 = new Type("iwmo", "wmo323", "484", Istandaardvelden.DECLARATIE_PAD, Afzender.AANBIEDER,
            Istandaardvelden.met(Istandaardvelden.DECLARATIE, Map.of(
                    "GeleverdVolume", new Veld("volume", false),
                    "Eenheid", new Veld("eenheid", false),
                    "ProductTarief", new Veld("tarief", false))), Map.of(), true, true);

    public static final Istandaardbericht LEZER = new Istandaardbericht(List.of(WMO301, WMO305, WMO307, WMO323));

    private Iwmoberichten() {
    }
}
