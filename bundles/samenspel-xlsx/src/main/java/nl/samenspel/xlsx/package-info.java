/**
 * Simple XLSX workbooks: write a list of {@link nl.samenspel.xlsx.Blad sheets} with
 * {@link nl.samenspel.xlsx.XlsxSchrijver}, read them back with {@link nl.samenspel.xlsx.XlsxLezer}.
 *
 * <p>Apache POI is embedded in this bundle and never appears in this API, so
 * consumers import only this package. Numbers are stored by Excel as doubles;
 * to stay exact the writer only accepts numbers with at most 15 significant
 * digits (Excel's own precision) and money as integer eurocents
 * ({@link nl.samenspel.xlsx.Kolomtype#EUROCENT}), never as fractional euros.
 */
@Export
@Version("1.1.0")
package nl.samenspel.xlsx;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
