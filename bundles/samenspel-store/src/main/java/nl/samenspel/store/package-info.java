/**
 * The shared database. A module asks {@link nl.samenspel.store.Database} for the
 * DataSource and to bring its own schema up to date from migrations it ships in
 * its own bundle; every module owns one schema and nothing in another's.
 */
@Export
@Version("1.3.0")
package nl.samenspel.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
