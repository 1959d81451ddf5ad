package nl.samenspel.jeugdhulp.internal.invoer;

import java.util.List;
import java.util.Map;
import nl.samenspel.invoer.Istandaardbericht;
import nl.samenspel.invoer.Istandaardbericht.Afzender;
import nl.samenspel.invoer.Istandaardbericht.Type;
import nl.samenspel.invoer.Istandaardbericht.Veld;

/**
 * The iJw 3.2 messages this module reads, and which of their fields: what youth care needs of
 * each record, under the CSV column of its kind. Reading them is samenspel-invoer's
 * ({@link Istandaardbericht}); nothing else of a message (names, birth dates, addresses) is read.
 */
public final class Ijwberichten {

    /** Allocations; the record reader pseudonymises the client's BSN and checks it there. */
    public static final Type JW301 = new Type("ijw", "jw301", "436", "Client/ToegewezenProducten/ToegewezenProduct", Afzender.GEMEENTE,
            Map.ofEntries(
                    Map.entry("ToewijzingNummer", new Veld("toewijzingnummer", false)),
                    Map.entry("Product/Categorie", new Veld("categorie", true)),
                    Map.entry("Product/Code", new Veld("productcode", true)),
                    Map.entry("Toewijzingsdatum", new Veld("toewijzingsdatum", false)),
                    Map.entry("Ingangsdatum", new Veld("ingangsdatum", false)),
                    Map.entry("Einddatum", new Veld("einddatum", false)),
                    Map.entry("Omvang/Volume", new Veld("volume", true)),
                    Map.entry("Omvang/Eenheid", new Veld("eenheid", true)),
                    Map.entry("Omvang/Frequentie", new Veld("frequentie", true)),
                    Map.entry("Budget", new Veld("budget", false)),
                    Map.entry("RedenWijziging", new Veld("redenwijziging", false))),
            Map.of(), false, false);

    /** Starts of care. */
    public static final Type JW305 = new Type("ijw", "jw305", "438", "Client/StartProducten/StartProduct", Afzender.AANBIEDER,
            Map.of(
                    "ToewijzingNummer", new Veld("toewijzingnummer", false),
                    "Begindatum", new Veld("begindatum", false),
                    "StatusAanlevering", new Veld("status", false)),
            Map.of(), true, false);

    /** Stops of care. */
    public static final Type JW307 = new Type("ijw", "jw307", "440", "Client/StopProducten/StopProduct", Afzender.AANBIEDER,
            Map.of(
                    "ToewijzingNummer", new Veld("toewijzingnummer", false),
                    "Einddatum", new Veld("einddatum", false),
                    "RedenBeeindiging", new Veld("reden", false),
                    "StatusAanlevering", new Veld("status", false)),
            Map.of(), true, false);

    /** Declarations: the total is checked against the lines. */
    public static final Type JW323 = new Type("ijw", "jw323", "490", "Declaratie/Clienten/Client/Prestaties/Prestatie", Afzender.AANBIEDER,
            Map.of(
                    "ToewijzingNummer", new Veld("toewijzingnummer", false),
                    "ProductCategorie", new Veld("categorie", false),
                    "ProductCode", new Veld("productcode", false),
                    "ProductPeriode/Begindatum", new Veld("begindatum", true),
                    "ProductPeriode/Einddatum", new Veld("einddatum", true),
                    "IngediendBedrag/Bedrag", new Veld("bedrag", true),
                    "IngediendBedrag/DebetCredit", new Veld("debetcredit", true)),
            Map.of(), true, true);

    /** Reads the four; a message with another's BerichtCode is named as that one. */
    public static final Istandaardbericht LEZER = new Istandaardbericht(List.of(JW301, JW305, JW307, JW323));

    private Ijwberichten() {
    }
}
