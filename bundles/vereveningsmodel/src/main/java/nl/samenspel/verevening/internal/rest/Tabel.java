package nl.samenspel.verevening.internal.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.samenspel.verevening.internal.run.Run;
import nl.samenspel.verevening.internal.run.Vergelijking;
import nl.samenspel.xlsx.Blad;
import nl.samenspel.xlsx.Kolomtype;

/**
 * The tables a run or comparison is exported as; one definition for CSV and
 * XLSX, so both always show the same columns. Amounts stay integer eurocents.
 * They are answered as sheets ({@link #bladen}) through {@link nl.samenspel.xlsx.Download}.
 */
record Tabel(String naam, List<String> kolommen, List<List<Object>> rijen) {

    /** The tables as sheets, in order (the first is the CSV download), with amount columns typed as eurocents. */
    static List<Blad> bladen(List<Tabel> tabellen) {
        return tabellen.stream().map(Tabel::blad).toList();
    }

    private Blad blad() {
        return new Blad(naam, kolommen, kolommen.stream().map(k -> isBedrag(k) ? Kolomtype.EUROCENT : Kolomtype.STANDAARD).toList(), rijen);
    }

    /** Whether a column holds whole eurocents (shown as such in XLSX); the exact fractions are text. */
    static boolean isBedrag(String kolom) {
        return kolom.endsWith("(eurocent)") && !kolom.startsWith("toerekening exact")
                || kolom.startsWith("toerekening:") || kolom.startsWith("verevening:") || kolom.startsWith("verschil toerekening:");
    }

    static List<Tabel> van(Run run) {
        List<String> sleutels = new ArrayList<>(run.sleuteltotalen().keySet());
        List<String> kolommen = new ArrayList<>(List.of("gemeente", "naam", "budget (eurocent)", "kosten (eurocent)"));
        sleutels.forEach(kolommen::add);
        kolommen.addAll(List.of("sigma", "toerekening (eurocent)", "verevening (eurocent)", "saldo (eurocent)", "toerekening exact (eurocent)"));
        List<List<Object>> rijen = new ArrayList<>();
        for (Run.Lid lid : run.leden()) {
            List<Object> rij = new ArrayList<>(List.of(lid.gemeente(), lid.naam(), lid.budget(), lid.kosten()));
            sleutels.forEach(s -> rij.add(waardeVan(lid, s)));
            rij.addAll(List.of(new BigDecimal(lid.sigmaDecimaal()), lid.toerekening(), lid.verevening(), lid.saldo(), lid.exacteToerekening()));
            rijen.add(rij);
        }
        rijen.add(Arrays.asList(totaalRij(kolommen.size(), run)));

        List<List<Object>> model = new ArrayList<>();
        model.add(List.of("run", run.id()));
        model.add(List.of("regio", run.regio()));
        model.add(List.of("jaar", run.jaar()));
        model.add(List.of("register versie", run.registerVersie()));
        // empty for a run made before creators were recorded
        model.add(List.of("aangemaakt door", run.aangemaaktDoor() == null ? "" : run.aangemaaktDoor()));
        run.model().fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                e.getValue().fields().forEachRemaining(w -> model.add(List.of(e.getKey() + "." + w.getKey(), w.getValue().asText())));
            } else {
                model.add(List.of(e.getKey(), e.getValue().asText()));
            }
        });
        model.add(List.of("som toerekening (eurocent)", run.controle().somToerekening()));
        model.add(List.of("som verevening (eurocent)", run.controle().somVerevening()));
        return List.of(new Tabel("Verevening", kolommen, rijen), new Tabel("Model", List.of("onderdeel", "waarde"), model));
    }

    private static Object waardeVan(Run.Lid lid, String sleutel) {
        Long waarde = lid.sleutels().get(sleutel);
        if (waarde != null) {
            return waarde;
        }
        return switch (sleutel) {
            case "budget" -> lid.budget();
            case "gebruik" -> lid.kosten();
            default -> null;
        };
    }

    private static Object[] totaalRij(int breedte, Run run) {
        Object[] rij = new Object[breedte];
        rij[0] = "totaal";
        rij[2] = run.leden().stream().mapToLong(Run.Lid::budget).sum();
        rij[3] = run.totaleKosten();
        rij[breedte - 4] = run.controle().somToerekening();
        rij[breedte - 3] = run.controle().somVerevening();
        rij[breedte - 2] = run.leden().stream().mapToLong(Run.Lid::saldo).sum();
        return rij;
    }

    static List<Tabel> van(Vergelijking v) {
        List<String> kolommen = new ArrayList<>(List.of("gemeente", "naam", "budget (eurocent)", "kosten (eurocent)"));
        for (String model : v.modellen()) {
            kolommen.addAll(List.of("toerekening: " + model, "verevening: " + model, "verschil toerekening: " + model));
        }
        List<List<Object>> rijen = new ArrayList<>();
        for (Vergelijking.Rij rij : v.leden()) {
            List<Object> cellen = new ArrayList<>(List.of(rij.gemeente(), rij.naam(), rij.budget(), rij.kosten()));
            rij.uitkomsten().forEach(u -> cellen.addAll(List.of(u.toerekening(), u.verevening(), u.verschil())));
            rijen.add(cellen);
        }
        List<List<Object>> runs = new ArrayList<>();
        for (int i = 0; i < v.runs().size(); i++) {
            runs.add(List.of(v.runs().get(i), v.modellen().get(i)));
        }
        return List.of(new Tabel("Vergelijking", kolommen, rijen), new Tabel("Runs", List.of("run", "model"), runs));
    }
}
