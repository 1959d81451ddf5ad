/**
 * How a module that works by allocation keeps its allocations in its own schema: the table's
 * shared columns, what the checks of {@link nl.samenspel.module.toewijzing.Levering} read of it,
 * and how a file of allocations, starts or stops is written. Apart from the domain rules in
 * {@link nl.samenspel.module.toewijzing}, which know no database.
 */
@Export
@Version("1.0.0")
package nl.samenspel.module.toewijzing.opslag;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
