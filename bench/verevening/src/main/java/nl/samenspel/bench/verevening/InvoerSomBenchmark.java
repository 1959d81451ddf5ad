package nl.samenspel.bench.verevening;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.samenspel.verevening.engine.LidInvoer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The floor: reading and summing the 342 members' figures once ({@link InvoerSom}). Model-independent. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 4, timeUnit = TimeUnit.SECONDS)
public class InvoerSomBenchmark {

    private List<LidInvoer> leden;

    @Setup(Level.Trial)
    public void setUp() {
        leden = Landelijk.leden();
    }

    @Benchmark
    public long invoerSom() {
        return InvoerSom.som(leden);
    }
}
