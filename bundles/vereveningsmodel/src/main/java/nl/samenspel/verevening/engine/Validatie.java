package nl.samenspel.verevening.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks a model and its members and collects every problem before refusing,
 * so a caller can fix a form in one go. Members are visited in code order, so
 * the error list does not depend on the input order either.
 */
final class Validatie {

    private static final Pattern CBS_CODE = Pattern.compile("\\d{4}");

    /**
     * The most digits before and after the point a model number may have. Far beyond any real
     * model (and beyond what the readers of model files and requests accept), but it keeps a
     * number such as 1e999999999, written out a billion digits, from reaching the arithmetic: the
     * engine is public and must not depend on its callers for that.
     */
    static final int REKENBEREIK = 100;

    private final List<Veldfout> fouten = new ArrayList<>();

    private Validatie() {
    }

    static GeldigeRun valideer(Vereveningsmodel model, Vereveningsinvoer invoer) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(invoer, "invoer");
        return new Validatie().run(model, invoer);
    }

    /** The checks that need no members: family, parameter, cap and weights. */
    static List<Veldfout> modelFouten(Vereveningsmodel model) {
        Objects.requireNonNull(model, "model");
        Validatie v = new Validatie();
        v.parameter(model);
        v.plafond(model.plafond());
        v.gewichten(model.gewichten());
        return List.copyOf(v.fouten);
    }

    private GeldigeRun run(Vereveningsmodel model, Vereveningsinvoer invoer) {
        Breuk parameter = parameter(model);
        Breuk plafond = plafond(model.plafond());
        Map<String, Breuk> gewichten = gewichten(model.gewichten());
        List<String> nodig = gewichten.entrySet().stream()
                .filter(e -> e.getValue().signum() > 0)
                .map(Map.Entry::getKey)
                .toList();
        List<GeldigLid> leden = leden(invoer.leden(), gewichten.keySet(), nodig);
        if (!fouten.isEmpty()) {
            throw new VereveningsFout(fouten);
        }
        return new GeldigeRun(model.familie(), parameter, plafond, gewichten, nodig, leden);
    }

    private Breuk parameter(Vereveningsmodel model) {
        if (model.familie() == null) {
            fout("familie", "ontbreekt; kies KOSTENVERDELING of BAND");
            return null;
        }
        String veld = model.parameterNaam();
        BigDecimal p = model.parameter();
        if (p == null) {
            fout(veld, "ontbreekt");
            return null;
        }
        if (!rekenbaar(veld, p)) {
            return null;
        }
        if (model.familie() == Familie.KOSTENVERDELING
                && (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0)) {
            fout(veld, "moet tussen 0 en 1 liggen (0 = profijtbeginsel, 1 = volledige solidariteit), is " + p.toPlainString());
        } else if (model.familie() == Familie.BAND && p.signum() < 0) {
            fout(veld, "mag niet negatief zijn, is " + p.toPlainString());
        }
        return Breuk.van(p);
    }

    private Breuk plafond(BigDecimal c) {
        if (c == null || !rekenbaar("plafond", c)) {
            return null;
        }
        if (c.signum() < 0) {
            fout("plafond", "mag niet negatief zijn, is " + c.toPlainString());
        }
        return Breuk.van(c);
    }

    private Map<String, Breuk> gewichten(Map<String, BigDecimal> gegeven) {
        Map<String, Breuk> gewichten = new LinkedHashMap<>();
        if (gegeven.isEmpty()) {
            fout("gewichten", "geen enkele sleutel; er is minstens één sleutel met gewicht 1 nodig");
            return gewichten;
        }
        BigDecimal som = BigDecimal.ZERO;
        boolean compleet = true;
        for (Map.Entry<String, BigDecimal> e : gegeven.entrySet()) {
            String naam = e.getKey();
            BigDecimal w = e.getValue();
            if (naam == null || naam.isBlank()) {
                fout("gewichten", "een sleutel zonder naam");
                compleet = false;
                continue;
            }
            if (w == null) {
                fout("gewichten." + naam, "gewicht ontbreekt");
                compleet = false;
                continue;
            }
            if (!rekenbaar("gewichten." + naam, w)) {
                compleet = false;
                continue;
            }
            if (w.signum() < 0) {
                fout("gewichten." + naam, "gewicht mag niet negatief zijn, is " + w.toPlainString());
            }
            som = som.add(w);
            gewichten.put(naam, Breuk.van(w));
        }
        // Exactly 1, not "close to": the shares must add up to the whole pool, otherwise
        // money appears or disappears before rounding even starts.
        if (compleet && som.compareTo(BigDecimal.ONE) != 0) {
            fout("gewichten", "tellen op tot " + som.toPlainString() + ", moeten precies 1 zijn");
        }
        return gewichten;
    }

    /**
     * Whether a model number is within {@link #REKENBEREIK} digits before and after the point, as
     * written out; checked before anything is computed with it (or printed: toPlainString of
     * 1e999999999 is a billion characters).
     */
    private boolean rekenbaar(String veld, BigDecimal waarde) {
        // the scale as given counts too: 0E-2147483647 is zero, but toPlainString writes every one of its digits
        boolean binnen = waarde.precision() <= 2 * REKENBEREIK && Math.abs((long) waarde.scale()) <= 3 * REKENBEREIK;
        if (binnen) {
            BigDecimal kaal = waarde.stripTrailingZeros();
            binnen = kaal.scale() <= REKENBEREIK && (long) kaal.precision() - kaal.scale() <= REKENBEREIK;
        }
        if (!binnen) {
            fout(veld, "buiten het rekenbereik: hooguit " + REKENBEREIK + " cijfers voor en " + REKENBEREIK + " achter de komma");
        }
        return binnen;
    }

    private List<GeldigLid> leden(List<LidInvoer> invoer, Iterable<String> modelSleutels, List<String> nodig) {
        if (invoer.isEmpty()) {
            fout("leden", "geen leden; een verevening heeft minstens één lid nodig");
            return List.of();
        }
        TreeMap<String, List<LidInvoer>> perCode = new TreeMap<>();
        for (int i = 0; i < invoer.size(); i++) {
            LidInvoer lid = invoer.get(i);
            if (lid == null) {
                fout("leden[#" + i + "]", "ontbreekt");
            } else if (lid.code() == null || !CBS_CODE.matcher(lid.code()).matches()) {
                fout("leden[#" + i + "].code", "moet een CBS-code van 4 cijfers zijn, is " + lid.code());
            } else {
                perCode.computeIfAbsent(lid.code(), c -> new ArrayList<>()).add(lid);
            }
        }
        List<GeldigLid> leden = new ArrayList<>();
        for (Map.Entry<String, List<LidInvoer>> e : perCode.entrySet()) {
            if (e.getValue().size() > 1) {
                fout(prefix(e.getKey()) + ".code", "komt " + e.getValue().size() + " keer voor; elk lid één keer");
                continue;
            }
            GeldigLid lid = lid(e.getValue().get(0), modelSleutels, nodig);
            if (lid != null) {
                leden.add(lid);
            }
        }
        sleuteltotalen(leden, nodig, invoer.size());
        omvang(leden);
        leden.sort(Comparator.comparing(GeldigLid::code));
        return leden;
    }

    /** Returns null when something needed is missing; the errors are recorded. */
    private GeldigLid lid(LidInvoer lid, Iterable<String> modelSleutels, List<String> nodig) {
        String prefix = prefix(lid.code());
        Long budget = bedrag(prefix + ".budget", lid.budget() == null ? null : lid.budget().eurocent());
        Long kosten = bedrag(prefix + ".kosten", lid.kosten() == null ? null : lid.kosten().eurocent());
        boolean ok = budget != null && kosten != null;
        Map<String, Long> waarden = new LinkedHashMap<>();
        for (String naam : modelSleutels) {
            boolean nodigVoorModel = nodig.contains(naam);
            Long waarde = lid.sleutels().containsKey(naam) ? lid.sleutels().get(naam) : afgeleid(naam, budget, kosten);
            String veld = prefix + ".sleutels." + naam;
            if (waarde == null) {
                // Derived from a budget/kosten that is missing or negative: already reported on that field.
                boolean alGemeld = !lid.sleutels().containsKey(naam) && isAfgeleid(naam);
                if (nodigVoorModel && !alGemeld) {
                    fout(veld, "ontbreekt");
                }
                ok &= !nodigVoorModel;
            } else if (waarde < 0) {
                if (nodigVoorModel) {
                    fout(veld, "mag niet negatief zijn, is " + waarde);
                    ok = false;
                }
            } else {
                waarden.put(naam, waarde);
            }
        }
        return ok ? new GeldigLid(lid.code(), budget, kosten, waarden) : null;
    }

    /**
     * Budget and cost must be &ge; 0: a budget is an allocation and a cost is money
     * spent, and the band is measured as a fraction of the budget, which makes no
     * sense for a negative one.
     */
    private Long bedrag(String veld, Long eurocent) {
        if (eurocent == null) {
            fout(veld, "ontbreekt");
            return null;
        }
        if (eurocent < 0) {
            fout(veld, "mag niet negatief zijn, is " + eurocent + " eurocent");
            return null;
        }
        return eurocent;
    }

    private static boolean isAfgeleid(String naam) {
        return Sleutel.BUDGET.equals(naam) || Sleutel.GEBRUIK.equals(naam);
    }

    private static Long afgeleid(String naam, Long budget, Long kosten) {
        if (Sleutel.BUDGET.equals(naam)) {
            return budget;
        }
        if (Sleutel.GEBRUIK.equals(naam)) {
            return kosten;
        }
        return null;
    }

    /**
     * A key whose total is zero cannot divide anything. Only judged when every
     * member was valid: with a member missing, the total is not known yet and the
     * missing value is the error to fix first.
     */
    private void sleuteltotalen(List<GeldigLid> leden, List<String> nodig, int aantalIngevoerd) {
        if (leden.isEmpty() || leden.size() != aantalIngevoerd) {
            return;
        }
        for (String naam : nodig) {
            BigInteger totaal = BigInteger.ZERO;
            for (GeldigLid lid : leden) {
                totaal = totaal.add(BigInteger.valueOf(lid.sleutelwaarden().get(naam)));
            }
            if (totaal.signum() == 0) {
                fout("sleutels." + naam, "totaal over alle leden is 0, dus deze sleutel kan niets verdelen");
            }
        }
    }

    /**
     * Charges are bounded by the amounts: |T| &le; 2 (&Sigma;K + &Sigma;B). Refusing totals beyond a quarter of
     * the long range keeps every charge, verevening and saldo representable in whole cents, so
     * an absurd input gets a field error instead of an overflow halfway through. Real regions
     * are some ten orders of magnitude below this.
     */
    private void omvang(List<GeldigLid> leden) {
        BigInteger som = BigInteger.ZERO;
        for (GeldigLid lid : leden) {
            som = som.add(BigInteger.valueOf(lid.budget())).add(BigInteger.valueOf(lid.kosten()));
        }
        if (som.compareTo(BigInteger.valueOf(Long.MAX_VALUE / 4)) > 0) {
            fout("leden", "budgetten en kosten samen zijn te groot om tot op de cent te verrekenen");
        }
    }

    private static String prefix(String code) {
        return "leden[" + code + "]";
    }

    private void fout(String veld, String melding) {
        fouten.add(new Veldfout(veld, melding));
    }
}
