package nl.samenspel.bench.verevening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs both benchmarks with the settings in their annotations (any JMH command-line option
 * overrides them) and prints one table: per model the engine and the baseline, ms per national
 * run (mean, p50, p99, max), runs per second and the ratios, plus the verdict against the target.
 *
 * <pre>java -cp bench/verevening/target/benchmarks.jar nl.samenspel.bench.verevening.Samenvatting [JMH options]</pre>
 */
public final class Samenvatting {

    /** Issue target: one national run of the engine alone in under 20 ms. */
    static final double DOEL_MS = 20.0;

    private Samenvatting() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder builder = new OptionsBuilder();
        builder.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            builder.include(VereveningsBenchmark.class.getName() + "\\.").include(InvoerSomBenchmark.class.getName() + "\\.");
        }
        if (!cli.getResult().hasValue()) {
            builder.resultFormat(ResultFormatType.JSON).result("bench/verevening/target/jmh-result.json");
        }
        Options opts = builder.build();
        Collection<RunResult> resultaten = new Runner(opts).run();
        druk(resultaten);
    }

    private record Regel(String benchmark, String model, Statistics stats, String eenheid) {

        double ms(double waarde) {
            return switch (eenheid) {
                case "ms/op" -> waarde;
                case "us/op" -> waarde / 1e3;
                case "ns/op" -> waarde / 1e6;
                case "s/op" -> waarde * 1e3;
                default -> throw new IllegalStateException("eenheid " + eenheid);
            };
        }
    }

    static void druk(Collection<RunResult> resultaten) {
        List<Regel> regels = new ArrayList<>();
        for (RunResult r : resultaten) {
            String label = r.getParams().getBenchmark();
            String benchmark = label.substring(label.lastIndexOf('.') + 1);
            String model = r.getParams().getParam("model");
            regels.add(new Regel(benchmark, model == null ? "-" : model,
                    r.getPrimaryResult().getStatistics(), r.getPrimaryResult().getScoreUnit()));
        }
        Map<String, Double> baselineMs = new HashMap<>();
        double somMs = Double.NaN;
        for (Regel r : regels) {
            if (r.benchmark().equals("naiefBigDecimal")) {
                baselineMs.put(r.model(), r.ms(r.stats().getMean()));
            } else if (r.benchmark().equals("invoerSom")) {
                somMs = r.ms(r.stats().getMean());
            }
        }

        StringBuilder uit = new StringBuilder();
        uit.append("\n=== Vereveningsengine: one national run = ").append(Landelijk.LEDEN)
                .append(" members, 3 keys (JVM ").append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cpus) ===\n");
        uit.append(String.format(Locale.ROOT, "%-16s %-16s %8s %10s %10s %10s %10s %11s %12s %12s%n",
                "model", "benchmark", "runs", "mean ms", "p50 ms", "p99 ms", "max ms", "runs/s", "vs baseline", "vs invoerSom"));
        boolean gehaald = true;
        for (Regel r : regels) {
            Statistics s = r.stats();
            double mean = r.ms(s.getMean());
            Double basis = baselineMs.get(r.model());
            String ratioBasis = basis == null || r.benchmark().equals("naiefBigDecimal") ? "" : String.format(Locale.ROOT, "%.2fx", mean / basis);
            String ratioSom = Double.isNaN(somMs) || r.benchmark().equals("invoerSom") ? "" : String.format(Locale.ROOT, "%.0fx", mean / somMs);
            uit.append(String.format(Locale.ROOT, "%-16s %-16s %8d %10.3f %10.3f %10.3f %10.3f %11.0f %12s %12s%n",
                    r.model(), r.benchmark(), s.getN(), mean, r.ms(s.getPercentile(50)), r.ms(s.getPercentile(99)),
                    r.ms(s.getMax()), 1000.0 / mean, ratioBasis, ratioSom));
            if (r.benchmark().equals("engine")) {
                gehaald &= mean < DOEL_MS && s.getN() >= 1000;
            }
        }
        uit.append(String.format(Locale.ROOT, "target: engine mean < %.0f ms per national run, >= 1000 runs measured per model: %s%n",
                DOEL_MS, gehaald ? "MET" : "NOT MET"));
        System.out.print(uit);
    }
}
