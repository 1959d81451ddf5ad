/**
 * Figures for people in integer arithmetic: shares with one decimal, shares beside a threshold
 * with two decimals rounded down, thresholds, and
 * nearest-rank percentiles, the same way in every module's monitoring.
 */
@Export
@Version("1.1.0")
package nl.samenspel.api.cijfers;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
