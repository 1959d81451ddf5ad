package nl.samenspel.demodata;

import java.nio.file.Path;

/** Parsed command line of the beschermd-wonen dataset; the defaults give the 2016 region at its real size. */
record BeschermdWonenOpties(Path uit, BeschermdWonenDemo.Periode periode, int aantal, int voorzieningen, long seed,
        Path sleutel) {

    static final String DATASET = "beschermd-wonen";

    static BeschermdWonenOpties lees(String[] args) {
        if (args.length == 0 || !DATASET.equals(args[0])) {
            throw new IllegalArgumentException("not the " + DATASET + " dataset");
        }
        Path uit = null;
        BeschermdWonenDemo.Periode periode = BeschermdWonenDemo.Periode.JAREN_2015_2017;
        int aantal = 1500;
        int voorzieningen = 40;
        long seed = 2016;
        Path sleutel = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--uit" -> uit = Path.of(Main.waarde(args, ++i, "--uit"));
                case "--periode" -> periode = BeschermdWonenDemo.Periode.metLabel(Main.waarde(args, ++i, "--periode"));
                case "--aantal" -> aantal = Main.getal(Main.waarde(args, ++i, "--aantal"), "--aantal");
                case "--voorzieningen" -> voorzieningen = Main.getal(Main.waarde(args, ++i, "--voorzieningen"),
                        "--voorzieningen");
                case "--seed" -> seed = Main.langGetal(Main.waarde(args, ++i, "--seed"), "--seed");
                case "--sleutel" -> sleutel = Path.of(Main.waarde(args, ++i, "--sleutel"));
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        if (uit == null) {
            throw new IllegalArgumentException("--uit <map> is required");
        }
        if (aantal < 10 || aantal > 50_000) {
            throw new IllegalArgumentException("--aantal must be 10..50000");
        }
        if (voorzieningen < 5 || voorzieningen > 500) {
            throw new IllegalArgumentException("--voorzieningen must be 5..500");
        }
        return new BeschermdWonenOpties(uit, periode, aantal, voorzieningen, seed, sleutel);
    }
}
