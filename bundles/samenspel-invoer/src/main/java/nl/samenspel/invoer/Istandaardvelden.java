package nl.samenspel.invoer;

import java.util.HashMap;
import java.util.Map;
import nl.samenspel.invoer.Istandaardbericht.Veld;

/**
 * The fields iJw 3.2 and iWmo 3.2 share for allocations, starts, stops and declarations, under the
 * CSV columns every module uses for them, and where their records are: a module declares its
 * {@link Istandaardbericht.Type}s from these and adds only what it reads beyond them.
 */
public final class Istandaardvelden {

    public static final String TOEWIJZING_PAD = "Client/ToegewezenProducten/ToegewezenProduct";
    public static final String START_PAD = "Client/StartProducten/StartProduct";
    public static final String STOP_PAD = "Client/StopProducten/StopProduct";
    public static final String DECLARATIE_PAD = "Declaratie/Clienten/Client/Prestaties/Prestatie";

    /** A 301's ToegewezenProduct: the client's BSN comes from the message, pseudonymised by the module's record reader. */
    public static final Map<String, Veld> TOEWIJZING = Map.ofEntries(
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
            Map.entry("RedenWijziging", new Veld("redenwijziging", false)));

    /** A 305's StartProduct. */
    public static final Map<String, Veld> START = Map.of(
            "ToewijzingNummer", new Veld("toewijzingnummer", false),
            "Begindatum", new Veld("begindatum", false),
            "StatusAanlevering", new Veld("status", false));

    /** A 307's StopProduct. */
    public static final Map<String, Veld> STOP = Map.of(
            "ToewijzingNummer", new Veld("toewijzingnummer", false),
            "Einddatum", new Veld("einddatum", false),
            "RedenBeeindiging", new Veld("reden", false),
            "StatusAanlevering", new Veld("status", false));

    /** A 323's Prestatie: what youth care reads; iWmo adds the delivered volume and tariff. */
    public static final Map<String, Veld> DECLARATIE = Map.of(
            "ToewijzingNummer", new Veld("toewijzingnummer", false),
            "ProductCategorie", new Veld("categorie", false),
            "ProductCode", new Veld("productcode", false),
            "ProductPeriode/Begindatum", new Veld("begindatum", true),
            "ProductPeriode/Einddatum", new Veld("einddatum", true),
            "IngediendBedrag/Bedrag", new Veld("bedrag", true),
            "IngediendBedrag/DebetCredit", new Veld("debetcredit", true));

    private Istandaardvelden() {
    }

    /** The shared fields and a module's own. */
    public static Map<String, Veld> met(Map<String, Veld> gedeeld, Map<String, Veld> eigen) {
        Map<String, Veld> uit = new HashMap<>(gedeeld);
        uit.putAll(eigen);
        return Map.copyOf(uit);
    }
}
