/**
 * The eigen bijdrage of the Wmo (the abonnementstarief, collected by the CAK) as pure rules: no
 * OSGi, no database, no JSON, so the module's storage, REST and shell only feed and show them.
 *
 * <p>From allocations ({@link nl.samenspel.wmo.internal.eigenbijdrage.Voorzieningsperiode}),
 * {@link nl.samenspel.wmo.internal.eigenbijdrage.Bijdrageplicht} keeps the ones that carry a
 * bijdrage, and {@link nl.samenspel.wmo.internal.eigenbijdrage.Bijdrageperioden} merges them per
 * gemeente and client into continuous periods: the bijdrage is counted per person, not per
 * provision. From those periods, {@link nl.samenspel.wmo.internal.eigenbijdrage.CakLijst} gives the
 * start and stop lines a gemeente reports to the CAK, and
 * {@link nl.samenspel.wmo.internal.eigenbijdrage.Opbrengsten} the revenue per gemeente, month and
 * year at the configured rates ({@link nl.samenspel.wmo.internal.eigenbijdrage.Tarieven}, read
 * from {@code regional-config/wmo/eigen-bijdrage.csv}).
 *
 * <p>The revenue is an <b>upper bound</b>: the rate is a maximum per household, and neither the
 * household, nor its income, nor the other exemptions (a partner below AOW age, a Wlz bijdrage
 * already paid, a gemeente's own lower bijdrage) are known here. Every amount says so
 * ({@link nl.samenspel.wmo.internal.eigenbijdrage.Opbrengststatus#BOVENGRENS}).
 *
 * <p>Money is whole eurocents ({@code long}) everywhere; the one fraction, the 4-weekly rate of 2019
 * (13 periods in 12 months), is carried exactly in twelfths of a cent and rounded once
 * ({@link nl.samenspel.wmo.internal.eigenbijdrage.LopendeAfronding}).
 */
package nl.samenspel.wmo.internal.eigenbijdrage;
