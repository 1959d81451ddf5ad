package nl.samenspel.wmo.internal.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.samenspel.wmo.internal.monitoring.Overzichten;
import nl.samenspel.xlsx.Blad;
import nl.samenspel.xlsx.Kolomtype;

/**
 * The Wmo overviews a controller takes into a spreadsheet, as sheets: the same rows and figures as
 * the JSON, amounts as integer eurocents (typed as such in XLSX), percentages as numbers, the region's
 * total row last. Column titles are Dutch, as the JSON's field names.
 */
final class Monitoringbladen {

    private Monitoringbladen() {
    }

    static List<Blad> clienten(Overzichten.Clientenoverzicht o) {
        return List.of(blad("Clienten " + o.periode(), List.of("Gemeente", "Naam", "Categorie", "Omschrijving", "Clienten", "Inwoners",
                "Per 1000 inwoners"), o.regels().stream().map(r -> rij(r.gemeente(), r.naam(), r.categorie(), r.omschrijving(), r.clienten(),
                r.inwoners(), getal(r.per1000()))).toList()));
    }

    static List<Blad> budgetten(Overzichten.Budgetoverzicht o) {
        List<String> kolommen = List.of("Gemeente", "Naam", "Budget (eurocent)", "Toegewezen (eurocent)", "Maatwerk (eurocent)",
                "Algemeen (eurocent)", "Taakgericht (eurocent)", "Gerealiseerd (eurocent)", "Procent van budget", "Zonder tarief");
        List<List<Object>> rijen = Stream.concat(o.gemeenten().stream(), Stream.of(o.regio())).map(r -> rij(r.gemeente(), r.naam(), r.budget(),
                r.toegewezen(), r.maatwerk(), r.algemeen(), r.taakgericht(), r.gerealiseerd(), getal(r.procentVanBudget()), r.zonderTarief())).toList();
        return List.of(blad("Budgetten " + o.jaar(), kolommen, rijen));
    }

    static List<Blad> plafonds(Overzichten.Plafondoverzicht o) {
        return List.of(blad("Plafonds " + o.jaar(), List.of("AGB", "Aanbieder", "Onderwerp", "Bestedingsruimte (eurocent)",
                "Besteed (eurocent)", "Procent", "Signaal"), o.contracten().stream().map(r -> rij(r.agb(), r.aanbieder(), r.onderwerp(),
                r.bestedingsruimte(), r.besteed(), getal(r.procent()), r.signaal())).toList()));
    }

    static List<Blad> trajecten(Overzichten.Trajectoverzicht o) {
        return List.of(blad("Trajecten " + o.jaar(), List.of("Categorie", "Code", "Omschrijving", "Trajecten", "Afgerond",
                "Kosten (eurocent)", "Gemiddelde kosten (eurocent)"), o.producten().stream().map(r -> rij(r.categorie(), r.code(), r.omschrijving(),
                r.trajecten(), r.afgerond(), r.kosten(), r.gemiddeldeKosten())).toList()));
    }

    static List<Blad> beweging(Overzichten.Bewegingoverzicht o) {
        List<String> kolommen = List.of("Gemeente", "Naam", "Periode", "Clienten maatwerk", "Deelnemers algemeen", "Aandeel algemeen clienten",
                "Kosten maatwerk (eurocent)", "Kosten algemeen (eurocent)", "Aandeel algemeen kosten", "Trend clienten (punten)",
                "Trend kosten (punten)", "Bekende deelnemers");
        List<List<Object>> rijen = Stream.concat(o.gemeenten().stream(), Stream.of(o.regio())).map(r -> rij(r.gemeente(), r.naam(), r.periode(),
                r.clientenMaatwerk(), r.deelnemersAlgemeen(), getal(r.aandeelAlgemeenClienten()), r.kostenMaatwerk(), r.kostenAlgemeen(),
                getal(r.aandeelAlgemeenKosten()), getal(r.trendClienten()), getal(r.trendKosten()), r.bekendeDeelnemers())).toList();
        return List.of(blad("Beweging " + o.periode(), kolommen, rijen));
    }

    /** The gemeenten's times, and a second sheet with every allocation beyond 8 weeks (by number, never by client). */
    static List<Blad> doorlooptijden(Overzichten.Doorlooptijden o) {
        return List.of(blad("Doorlooptijden " + o.jaar(), List.of("Gemeente", "Naam", "Aanvragen", "Mediaan (dagen)", "P90 (dagen)",
                        "Langer dan 8 weken"), o.gemeenten().stream().map(r -> rij(r.gemeente(), r.naam(), r.aanvragen(), r.mediaan(), r.p90(),
                        r.langerDanAchtWeken())).toList()),
                blad("Na 8 weken " + o.jaar(), List.of("Toewijzing", "Aanvraagdatum", "Toegewezen", "Dagen"), o.signaleringen().stream()
                        .map(s -> rij(s.toewijzing(), s.aanvraagdatum(), s.toegewezen(), s.dagen())).toList()));
    }

    /** A row that may hold empty cells. */
    private static List<Object> rij(Object... waarden) {
        return new ArrayList<>(Arrays.asList(waarden));
    }

    /** A percentage or a number of points as the JSON writes it ("82.3", "-1.5"), as a number; empty where there is none. */
    private static BigDecimal getal(String tekst) {
        return tekst == null || tekst.isBlank() ? null : new BigDecimal(tekst);
    }

    /** A sheet whose columns titled in eurocent are typed as money, the others as they come. */
    private static Blad blad(String naam, List<String> kolommen, List<List<Object>> rijen) {
        return new Blad(naam, kolommen, kolommen.stream().map(k -> k.endsWith("(eurocent)") ? Kolomtype.EUROCENT : Kolomtype.STANDAARD)
                .toList(), rijen);
    }
}
