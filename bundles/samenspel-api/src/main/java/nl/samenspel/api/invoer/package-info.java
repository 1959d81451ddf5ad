/**
 * The bounds every input is held to, in one place: the size of an upload or an inbox file, the
 * shape of a ZIP archive, the lines of a CSV file, the depth of XML and JSON, the precision of
 * decimals. One configuration ({@code nl.samenspel.invoer}) sets them for every module and the
 * REST layer; input over a bound is refused with a message that names the bound
 * ({@link nl.samenspel.api.invoer.Invoerlimieten#naam}), before it can exhaust memory.
 */
@Export
@Version("1.1.0")
package nl.samenspel.api.invoer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
