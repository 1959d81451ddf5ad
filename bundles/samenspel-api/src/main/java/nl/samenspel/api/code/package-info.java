/**
 * Enums whose constants are written as a code in files, the database and the API
 * ({@link nl.samenspel.api.code.Gecodeerd}): the code of a constant and the lookup by code, written once.
 */
@Export
@Version("1.0.0")
package nl.samenspel.api.code;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
