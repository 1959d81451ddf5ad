package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * Whether and when the provider started and stopped the care of an allocation (WMO305,
 * WMO307). Most start within three weeks; care that reaches its planned end inside the data
 * is mostly stopped then with reason 19, and about a fifth stops earlier for one of the other
 * WMO588 reasons (death first: Wmo clients are mostly old).
 */
record Zorgverloop(LocalDate start, LocalDate stop, String reden) {

    static final double KANS_START = 0.93;
    static final double KANS_VROEG_GESTOPT = 0.22;
    static final double KANS_STOP_OP_EINDE = 0.90;
    static final String VOLGENS_PLAN = "19";

    /** WMO588 without 19, with how often each ends care early. */
    private static final String[] VROEGE_REDENEN = {"02", "20", "21", "22", "23", "31", "36", "37", "38", "39"};
    private static final long[] VROEGE_GEWICHTEN = {30, 3, 8, 4, 10, 8, 6, 10, 8, 13};

    private static final Zorgverloop NIET_GESTART = new Zorgverloop(null, null, null);

    /** {@code einde} null: open-ended; {@code dataTot}: nothing is reported after this day. */
    static Zorgverloop trek(Toeval toeval, LocalDate ingang, LocalDate einde, LocalDate dataTot) {
        if (!toeval.kans(KANS_START)) {
            return NIET_GESTART;
        }
        LocalDate start = ingang.plusDays(toeval.tussen(0, 21));
        if (einde != null && start.isAfter(einde)) {
            start = einde;
        }
        if (start.isAfter(dataTot)) {
            return NIET_GESTART;
        }
        LocalDate geplandEinde = einde == null || einde.isAfter(dataTot) ? null : einde;
        if (toeval.kans(KANS_VROEG_GESTOPT)) {
            LocalDate stop = toeval.datum(start, geplandEinde != null ? geplandEinde : dataTot);
            return new Zorgverloop(start, stop, VROEGE_REDENEN[toeval.gewogen(VROEGE_GEWICHTEN)]);
        }
        if (geplandEinde != null && toeval.kans(KANS_STOP_OP_EINDE)) {
            return new Zorgverloop(start, geplandEinde, VOLGENS_PLAN);
        }
        return new Zorgverloop(start, null, null);
    }
}
