/**
 * What every domain module shares, so that a module's bundle holds its own rules only.
 * A module's kinds of file are an enum implementing {@link nl.samenspel.module.Invoersoort}, each
 * kind declared once ({@link nl.samenspel.module.Istandaardsoort.Vorm}: code, columns, message,
 * reader, whether it goes to the hub); its import service extends
 * {@link nl.samenspel.module.Importdienstbasis}, which also publishes and keeps the hub's master
 * data, and its storage {@link nl.samenspel.module.Moduleopslag}. From those,
 * {@link nl.samenspel.module.Soortinvoermodule} is its adapter to the exchange,
 * {@link nl.samenspel.module.Importresource} its REST import and import log, and
 * {@link nl.samenspel.module.Importopdracht} its shell import command: a module subclasses each
 * with its name, path and access right, and nothing else. A file goes through its import by
 * {@link nl.samenspel.module.Importgang}; dated master data is written by
 * {@link nl.samenspel.module.Periodetabel}; the monitoring stands on
 * {@link nl.samenspel.module.Monitoringresource}, lists stored records with
 * {@link nl.samenspel.module.Gegevenslijst} and shows the equalization inputs of
 * {@link nl.samenspel.module.Vereveningsbronbasis} with {@link nl.samenspel.module.Vereveningsinvoer}.
 */
@Export
@Version("1.3.0")
package nl.samenspel.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
