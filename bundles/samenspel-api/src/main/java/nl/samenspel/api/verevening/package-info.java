/**
 * What a domain module gives the equalization: per member of its region and per year, the
 * budget, the pooled cost and the use-based keys. The equalization asks the
 * {@link nl.samenspel.api.verevening.Vereveningsbron} registered for a region instead of
 * taking these figures from the request. {@link nl.samenspel.api.verevening.Afrekeningen} gives the
 * statements of final runs, which the exchange delivers to the members.
 */
@Export
@Version("1.3.0")
package nl.samenspel.api.verevening;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
