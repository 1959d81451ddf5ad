/**
 * Tariff cuts per cut group and year, the same in every module with tariffs (youth care's 2016
 * cut, Wmo's DIAH cut): the percentage in basis points, the new tariff rounded half up to the cent,
 * every product of the group cut at once or none, and the table that keeps each cut applied.
 */
@Export
@Version("1.1.0")
package nl.samenspel.module.tarief;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
