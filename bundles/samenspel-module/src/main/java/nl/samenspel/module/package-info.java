/**
 * What every domain module shares, so that a module's bundle holds its own rules only.
 * A module's kinds of file are an enum implementing {@link nl.samenspel.module.Invoersoort}; its
 * import service implements {@link nl.samenspel.module.Moduleimport}. From those two,
 * {@link nl.samenspel.module.Soortinvoermodule} is its adapter to the exchange,
 * {@link nl.samenspel.module.Importresource} its REST import and import log, and
 * {@link nl.samenspel.module.Importopdracht} its shell import command: a module subclasses each
 * with its name, path and access right, and nothing else.
 */
@Export
@Version("1.1.0")
package nl.samenspel.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
