package nl.samenspel.wmo.internal.eigenbijdrage;

import nl.samenspel.api.code.Gecodeerd;

/**
 * What an amount of revenue means, so that no reader takes it for what the gemeente receives.
 * {@link #code()} is what the CSV says.
 */
public enum Opbrengststatus implements Gecodeerd {
    /**
     * An upper bound: every liable client at the full rate. The rate is a maximum per household, and
     * the household (one bijdrage for all its members), its income and the other exemptions (a partner
     * below AOW age, a Wlz bijdrage already paid, a gemeente's own lower bijdrage) are not known here,
     * so the real revenue is this or less.
     */
    BOVENGRENS,
    /**
     * No amount: no rate is configured for the month (before 2019 the bijdrage depended on income). Not
     * zero: the revenue is unknown, not absent.
     */
    GEEN_TARIEF,
    /** A year of which some months have no rate: the amount is the upper bound of the months that have one. */
    DEELS_GEEN_TARIEF;

    /** Whether there is an amount at all (an upper bound, for every month that has a rate). */
    public boolean heeftBedrag() {
        return this != GEEN_TARIEF;
    }
}
