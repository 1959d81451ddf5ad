/**
 * The equalization (verevening) engine: given a {@link nl.samenspel.verevening.engine.Vereveningsmodel}
 * and the budgets, pooled costs and key figures of a region's members for one
 * year, {@link nl.samenspel.verevening.engine.VereveningsEngine#bereken} computes what each member is
 * charged, exactly and to the cent. Pure computation: no services, no storage,
 * no I/O, so REST and storage layers can be built on top and tested apart.
 */
@Export
@Version("1.0.0")
package nl.samenspel.verevening.engine;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
