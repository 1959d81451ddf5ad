package nl.samenspel.beschermdwonen.internal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import nl.samenspel.beschermdwonen.internal.Testomgeving;
import org.junit.jupiter.api.Test;

class BudgetverdelingTest {

    private static final Path CONFIG = Path.of("../../regional-config");

    @Test
    void the2016FileDividesTheDistributableAmountOverThe15MembersByInhabitants() {
        Regiobudget b = Budgetbestanden.lees(CONFIG, Testomgeving.REGIO, 2016).budget().orElseThrow();
        assertThat(b.verdeelbaar()).isEqualTo(5_800_000_000L - 232_458_200L - 433_488_200L);
        Budgetverdeling.Uitkomst u = Budgetverdeling.verdeel(b, Testomgeving.REGISTER);
        assertThat(u.fouten()).isEmpty();
        assertThat(u.lokaal()).hasSize(15).containsKeys("0193", "0243", "0244");
        assertThat(u.lokaal().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(b.verdeelbaar());
        // Zwolle gets its share of the inhabitants, within a cent
        long inwonersZwolle = Testomgeving.REGISTER.kerncijfer("0193", 2016, "inwoners").orElseThrow();
        long inwonersTotaal = u.lokaal().keySet().stream().mapToLong(g -> Testomgeving.REGISTER.kerncijfer(g, 2016, "inwoners").orElseThrow()).sum();
        assertThat(u.lokaal().get("0193") * inwonersTotaal).isCloseTo(b.verdeelbaar() * inwonersZwolle, org.assertj.core.data.Offset.offset(inwonersTotaal));
    }

    @Test
    void the2025FileGrowsFromHistoricalToObjectiveSharesInTenSteps() {
        Regiobudget b = Budgetbestanden.lees(CONFIG, Testomgeving.REGIO, 2025).budget().orElseThrow();
        Regiobudget.Ingroeipad pad = (Regiobudget.Ingroeipad) b.verdeling();
        Map<String, Long> jaar2025 = Budgetverdeling.verdeel(b, Testomgeving.REGISTER).lokaal();
        assertThat(jaar2025).hasSize(8);
        assertThat(jaar2025.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(b.verdeelbaar());
        // step 2 of 10: Zwolle's share is 8/10 historical + 2/10 objective
        long hZ = pad.historisch().get("0193");
        long hT = pad.historisch().values().stream().mapToLong(Long::longValue).sum();
        long oZ = Testomgeving.REGISTER.kerncijfer("0193", 2025, "inwoners").orElseThrow();
        long oT = jaar2025.keySet().stream().mapToLong(g -> Testomgeving.REGISTER.kerncijfer(g, 2025, "inwoners").orElseThrow()).sum();
        BigInteger exact = BigInteger.valueOf(b.verdeelbaar()).multiply(BigInteger.valueOf(hZ * oT * 8 + oZ * hT * 2))
                .divide(BigInteger.valueOf(hT * oT * 10));
        assertThat(jaar2025.get("0193")).isBetween(exact.longValue(), exact.longValue() + 1);
        // before the path starts: historical; after ten steps: objective
        Map<String, Long> voor = Budgetverdeling.verdeel(new Regiobudget(b.regio(), 2025, b.rijksbudget(), b.behoudenBw(), b.behoudenMo(),
                new Regiobudget.Ingroeipad(pad.historisch(), "inwoners", 2030, 10)), Testomgeving.REGISTER).lokaal();
        assertThat(voor.get("0193") * hT).isCloseTo(b.verdeelbaar() * hZ, org.assertj.core.data.Offset.offset(hT));
    }

    @Test
    void fixedAmountsMustAddUpAndCoverTheMembers() {
        Budgetverdeling.Uitkomst u = Budgetverdeling.verdeel(new Regiobudget(Testomgeving.REGIO, 2025, 1_000, 0, 0,
                new Regiobudget.Vast(Map.of("0193", 600L, "0166", 300L))), Testomgeving.REGISTER);
        assertThat(u.fouten()).anySatisfy(f -> assertThat(f).contains("precies de leden"))
                .anySatisfy(f -> assertThat(f).contains("tellen op tot 900, te verdelen is 1000"));
    }

    /** Largest remainder: the parts always add up to the total, and each is within a cent of its exact share. */
    @Property
    void largestRemainderConservesEveryCent(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long totaal,
                                            @ForAll @Size(min = 1, max = 20) java.util.List<@LongRange(min = 1, max = 1_000_000) Long> gewichten) {
        Map<String, BigInteger> teller = new java.util.TreeMap<>();
        for (int i = 0; i < gewichten.size(); i++) {
            teller.put(String.format("%04d", i), BigInteger.valueOf(gewichten.get(i)));
        }
        BigInteger noemer = teller.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        Map<String, Long> delen = Budgetverdeling.grootsteRest(BigInteger.valueOf(totaal), teller, noemer);
        assertThat(delen.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(totaal);
        delen.forEach((g, deel) -> {
            BigInteger exactMaalNoemer = BigInteger.valueOf(totaal).multiply(teller.get(g));
            BigInteger verschil = BigInteger.valueOf(deel).multiply(noemer).subtract(exactMaalNoemer).abs();
            assertThat(verschil).isLessThan(noemer);
        });
    }
}
