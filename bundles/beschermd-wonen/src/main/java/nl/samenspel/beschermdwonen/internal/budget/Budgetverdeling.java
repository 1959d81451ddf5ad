package nl.samenspel.beschermdwonen.internal.budget;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Register;

/**
 * Divides a year's distributable budget into local budgets: exact fractions per member, then
 * whole cents by the largest remainder (ties to the lower CBS code), so the local budgets add
 * up to the distributable amount exactly.
 */
public final class Budgetverdeling {

    private Budgetverdeling() {
    }

    /** The local budgets by gemeente code, or the reasons they cannot be computed. */
    public record Uitkomst(Map<String, Long> lokaal, List<String> fouten) {
    }

    public static Uitkomst verdeel(Regiobudget b, Register register) {
        List<String> fouten = new ArrayList<>();
        List<String> leden = register.ledenInJaar(b.regio(), b.jaar()).stream().map(Gemeente::code).sorted().toList();
        if (leden.isEmpty()) {
            return new Uitkomst(Map.of(), List.of("regio " + b.regio() + " heeft in " + b.jaar() + " geen leden"));
        }
        if (b.verdeelbaar() < 0) {
            return new Uitkomst(Map.of(), List.of("behouden (bw + mo) is meer dan het rijksbudget"));
        }
        // each member's share as teller / noemer
        Map<String, BigInteger> teller = new TreeMap<>();
        BigInteger noemer;
        // Java 17: no pattern matching in switch yet
        if (b.verdeling() instanceof Regiobudget.Sleutel s) {
            Map<String, Long> w = sleutel(register, leden, b.jaar(), s.sleutel(), fouten);
            noemer = som(w);
            w.forEach((g, v) -> teller.put(g, BigInteger.valueOf(v)));
        } else if (b.verdeling() instanceof Regiobudget.Vast v) {
            if (!v.bedragen().keySet().equals(new java.util.HashSet<>(leden))) {
                fouten.add("vaste bedragen horen bij precies de leden van " + b.jaar() + ": " + String.join(", ", leden));
            }
            long som = v.bedragen().values().stream().mapToLong(Long::longValue).sum();
            if (som != b.verdeelbaar()) {
                fouten.add("de vaste bedragen tellen op tot " + som + ", te verdelen is " + b.verdeelbaar());
            }
            noemer = BigInteger.valueOf(Math.max(som, 1));
            v.bedragen().forEach((g, x) -> teller.put(g, BigInteger.valueOf(x)));
        } else {
            Regiobudget.Ingroeipad p = (Regiobudget.Ingroeipad) b.verdeling();
            if (!p.historisch().keySet().containsAll(leden)) {
                fouten.add("historisch mist leden: elk lid van " + b.jaar() + " heeft een historisch aandeel nodig");
            }
            Map<String, Long> h = new TreeMap<>();
            leden.forEach(g -> h.put(g, p.historisch().getOrDefault(g, 0L)));
            Map<String, Long> o = sleutel(register, leden, b.jaar(), p.sleutel(), fouten);
            long k = Math.max(0, Math.min(p.stappen(), b.jaar() - p.startjaar() + 1));
            BigInteger hs = som(h);
            BigInteger os = som(o);
            BigInteger n = BigInteger.valueOf(p.stappen());
            // h/H·(N−k)/N + o/O·k/N = (h·O·(N−k) + o·H·k) / (H·O·N)
            noemer = hs.multiply(os).multiply(n);
            for (String g : leden) {
                teller.put(g, BigInteger.valueOf(h.get(g)).multiply(os).multiply(n.subtract(BigInteger.valueOf(k)))
                        .add(BigInteger.valueOf(o.getOrDefault(g, 0L)).multiply(hs).multiply(BigInteger.valueOf(k))));
            }
        }
        if (noemer.signum() == 0 && fouten.isEmpty()) {
            fouten.add("de verdeelsleutel telt op tot 0");
        }
        if (!fouten.isEmpty()) {
            return new Uitkomst(Map.of(), fouten);
        }
        return new Uitkomst(grootsteRest(BigInteger.valueOf(b.verdeelbaar()), teller, noemer), List.of());
    }

    private static Map<String, Long> sleutel(Register register, List<String> leden, int jaar, String sleutel, List<String> fouten) {
        Map<String, Long> w = new TreeMap<>();
        for (String g : leden) {
            OptionalLong waarde = register.kerncijfer(g, jaar, sleutel);
            if (waarde.isEmpty()) {
                fouten.add("het register heeft geen " + sleutel + " van " + g + " voor " + jaar + " (kerncijfers.csv)");
            } else {
                w.put(g, waarde.getAsLong());
            }
        }
        return w;
    }

    private static BigInteger som(Map<String, Long> w) {
        return w.values().stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** Floors of totaal·teller/noemer, then one cent each to the largest remainders until the total is reached. */
    static Map<String, Long> grootsteRest(BigInteger totaal, Map<String, BigInteger> teller, BigInteger noemer) {
        Map<String, Long> uit = new LinkedHashMap<>();
        Map<String, BigInteger> rest = new TreeMap<>();
        long verdeeld = 0;
        for (Map.Entry<String, BigInteger> e : teller.entrySet()) {
            BigInteger[] qr = totaal.multiply(e.getValue()).divideAndRemainder(noemer);
            uit.put(e.getKey(), qr[0].longValueExact());
            rest.put(e.getKey(), qr[1]);
            verdeeld += qr[0].longValueExact();
        }
        long over = totaal.longValueExact() - verdeeld;
        List<String> volgorde = rest.entrySet().stream()
                .sorted(Map.Entry.<String, BigInteger>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        for (int i = 0; i < over; i++) {
            uit.merge(volgorde.get(i), 1L, Long::sum);
        }
        return uit;
    }
}
