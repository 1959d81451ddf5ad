package nl.samenspel.bench.verevening;

import java.util.concurrent.TimeUnit;
import nl.samenspel.verevening.engine.VereveningsEngine;
import nl.samenspel.verevening.engine.Vereveningsinvoer;
import nl.samenspel.verevening.engine.Vereveningsmodel;
import nl.samenspel.verevening.engine.Vereveningsresultaat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One operation = one national run: 342 members, three keys, one model.
 *
 * <ul>
 *   <li>{@code engine}: {@link VereveningsEngine#bereken} end to end (validation, exact fractions,
 *       cap rounds, largest-remainder rounding, explanation per member);</li>
 *   <li>{@code naiefBigDecimal}: the baseline, the same formulas in BigDecimal/DECIMAL128 without
 *       any of that (see {@link NaiefBigDecimal}).</li>
 * </ul>
 * SampleTime gives the mean and the percentiles of single runs; runs/second is 1000 / mean ms.
 *
 * <p>Budget: 1 fork, 3 warmup iterations of 2 s, 5 measured iterations of 4 s. The measured 20 s
 * per benchmark make sure even the heaviest case (band with cap, about 10 ms a run on a 2-core
 * machine) is sampled well over 1,000 times; {@link Samenvatting} says so if it is not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 4, timeUnit = TimeUnit.SECONDS)
public class VereveningsBenchmark {

    @Param({"kostenverdeling", "band", "band+plafond"})
    public String model;

    private Vereveningsmodel vereveningsmodel;
    private Vereveningsinvoer invoer;

    @Setup(Level.Trial)
    public void setUp() {
        vereveningsmodel = Landelijk.model(model);
        invoer = Landelijk.invoer();
        // fail before timing anything if engine and baseline do not compute the same thing
        System.out.println("\n# controle: " + Controle.controleer(model));
    }

    @Benchmark
    public Vereveningsresultaat engine() {
        return VereveningsEngine.bereken(vereveningsmodel, invoer);
    }

    @Benchmark
    public long[] naiefBigDecimal() {
        return NaiefBigDecimal.bereken(vereveningsmodel, invoer.leden());
    }
}
