package nl.samenspel.demodata;

import java.nio.file.Path;

/** Parsed command line of the wmo dataset; the defaults are sized to generate in a few seconds. */
record WmoOpties(Path uit, int aantal, long seed, Path sleutel, boolean xml) {

    static final String DATASET = "wmo";

    static WmoOpties lees(String[] args) {
        if (args.length == 0 || !DATASET.equals(args[0])) {
            throw new IllegalArgumentException("not the " + DATASET + " dataset");
        }
        Path uit = null;
        int aantal = 1500;
        long seed = 2016;
        Path sleutel = null;
        boolean xml = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--uit" -> uit = Path.of(Main.waarde(args, ++i, "--uit"));
                case "--aantal" -> aantal = Main.getal(Main.waarde(args, ++i, "--aantal"), "--aantal");
                case "--seed" -> seed = Main.langGetal(Main.waarde(args, ++i, "--seed"), "--seed");
                case "--sleutel" -> sleutel = Path.of(Main.waarde(args, ++i, "--sleutel"));
                case "--xml" -> xml = true;
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        if (uit == null) {
            throw new IllegalArgumentException("--uit <map> is required");
        }
        if (aantal < 10 || aantal > 50_000) {
            throw new IllegalArgumentException("--aantal must be 10..50000");
        }
        return new WmoOpties(uit, aantal, seed, sleutel, xml);
    }
}
